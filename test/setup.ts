/**
 * vitest setupFile. Communal's client warns once per client about a deprecated API version (the product
 * default, kept as is); the property tests build hundreds of clients against a fake that announces a
 * deprecation, which printed about 300 warnings. Only that message is dropped, and only in our tests;
 * a test that spies on console.warn (test/communal/versioning.test.ts) still sees it.
 */
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]): void => {
  if (typeof args[0] === "string" && args[0].startsWith("[vendor-auth] Communal API version ")) return;
  warn(...args);
};
