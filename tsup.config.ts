import { defineConfig } from "tsup";
import { mswPeerPlugin } from "./scripts/msw-peer.js";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    agentmail: "src/agentmail/index.ts",
    communal: "src/communal/index.ts",
    callmissed: "src/callmissed/index.ts",
    comma: "src/comma/index.ts",
    testing: "src/testing/index.ts",
    cli: "src/cli/bin.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  target: "es2022",
  esbuildPlugins: [mswPeerPlugin],
});
