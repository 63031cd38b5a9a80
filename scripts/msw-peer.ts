/**
 * esbuild plugin for the CommonJS build of `vendor-auth/testing`: resolves `./msw.js` to `msw.cjs.ts`,
 * because the ESM loader there uses top-level await, which CommonJS cannot have.
 */
import { dirname, join } from "node:path";
import type { Plugin } from "esbuild";

export const mswPeerPlugin: Plugin = {
  name: "msw-peer",
  setup(build) {
    // tsup hands esbuild format "esm" even for CommonJS (rollup converts it later) and marks the real one.
    const { format, define } = build.initialOptions;
    if (format !== "cjs" && define?.TSUP_FORMAT !== '"cjs"') return;
    build.onResolve({ filter: /^\.\/msw\.js$/ }, (args) =>
      args.importer.includes(join("src", "testing")) ? { path: join(dirname(args.importer), "msw.cjs.ts") } : undefined,
    );
  },
};
