import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // As tsup sets it for dist/: the version in the User-Agent.
  define: { __VENDOR_AUTH_VERSION__: JSON.stringify(JSON.parse(readFileSync("package.json", "utf8")).version) },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
