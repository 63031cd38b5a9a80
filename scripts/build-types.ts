/**
 * npm run build, second half: bundles the declarations of every entry into dist/ as `.d.ts` (ESM) and
 * `.d.cts` (CommonJS), with the parts of openapi-fetch's declarations our types use inlined.
 *
 * Why not tsup's `dts`: it keeps every dependency external, so a user's compiler loads openapi-fetch's
 * whole index.d.ts, and with `skipLibCheck: false` checking its generic `Client` helpers costs about
 * 155,000 type instantiations on every project that imports us (bench/type-cost, BENCHMARKS.md). Only
 * the declarations our public types reach are copied, unchanged, so every compile-time check stays.
 */
import { rollup } from "rollup";
import { dts } from "rollup-plugin-dts";
import { entry } from "../tsup.config.js";

const bundle = await rollup({
  input: entry,
  // Inline openapi-fetch and its helpers; msw stays the peer of vendor-auth/testing.
  external: [/^msw($|\/)/, /^node:/],
  plugins: [dts({ respectExternal: true })],
  onwarn(warning, warn) {
    // Internal helper types (VendorCore, RequestBody, ...) shared between chunks: harmless here.
    if (!warning.message.includes("private shared type exports")) warn(warning);
  },
});
for (const extension of ["d.ts", "d.cts"]) {
  await bundle.write({ dir: "dist", format: "es", entryFileNames: `[name].${extension}`, chunkFileNames: `[name]-[hash].${extension}` });
}
await bundle.close();
console.log(`types: dist/*.d.ts and dist/*.d.cts for ${Object.keys(entry).join(", ")}`);
