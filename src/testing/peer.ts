/** Why loading the optional peer `msw` failed, as an error that says what to install. */
export function mswMissing(cause: unknown): Error {
  const code = (cause as { code?: unknown } | null)?.code;
  const message = cause instanceof Error ? cause.message : String(cause);
  // Only "msw is not installed" becomes our message; a broken msw install keeps its own error.
  const notFound = code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND" || /find (module|package)/i.test(message);
  if (!notFound || !/\bmsw\b/.test(message)) return cause instanceof Error ? cause : new Error(message);
  return new Error(
    "vendor-auth/testing needs its peer dependency msw (>= 2.0), which is not installed. " +
      "Run `npm install --save-dev msw` (the client entries work without it).",
    { cause },
  );
}
