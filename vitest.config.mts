import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    setupFiles: ["lib/testing/vitest-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
