import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";
import { mswPeerPlugin } from "./scripts/msw-peer.js";

/** One entry per subpath export; scripts/build-types.ts reads the same map. */
export const entry = {
  index: "src/index.ts",
  agentmail: "src/agentmail/index.ts",
  communal: "src/communal/index.ts",
  callmissed: "src/callmissed/index.ts",
  comma: "src/comma/index.ts",
  http: "src/http.ts",
  testing: "src/testing/index.ts",
} as const;

export default defineConfig({
  // The CLI is a bin, not a subpath export: no declarations, so it stays out of `entry`.
  entry: { ...entry, cli: "src/cli/bin.ts" },
  format: ["esm", "cjs"],
  // Declarations are built by scripts/build-types.ts, which inlines openapi-fetch's (tsup cannot: it keeps
  // every dependency external).
  dts: false,
  clean: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  target: "es2022",
  esbuildPlugins: [mswPeerPlugin],
  // The version in the User-Agent (src/core/user-agent.ts).
  define: { __VENDOR_AUTH_VERSION__: JSON.stringify(JSON.parse(readFileSync("package.json", "utf8")).version) },
});
