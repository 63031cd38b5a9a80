import { defineConfig } from "vitest/config";

// Only the example suite; the project's own tests live in test/.
export default defineConfig({ test: { include: ["examples/*.test.ts"] } });
