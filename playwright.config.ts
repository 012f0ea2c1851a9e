import { defineConfig } from "@playwright/test";
import { BROWSER_USE } from "./e2e/testing/browser-options";
import { sharedPorts } from "./e2e/testing/free-port";

// One run = one fresh PostgreSQL database and one fresh PGlite folder, dropped by the teardown.
const run = (process.env.MERIDIAN_E2E_RUN ??= `${Date.now().toString(36)}${process.pid}`);
const pgAdminUrl = process.env.MERIDIAN_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const pgUrl = (() => {
  const u = new URL(pgAdminUrl);
  u.pathname = `/meridian_e2e_${run}`;
  return u.toString();
})();
process.env.MERIDIAN_E2E_DATABASE_URL = pgUrl;

// Free ports, so a busy port never stops a run; chosen once and shared with the workers through the environment.
const [PG_PORT, LITE_PORT] = sharedPorts(["MERIDIAN_E2E_PG_PORT", "MERIDIAN_E2E_LITE_PORT"]);
const secret = "e2e-secret-not-for-production-0123456789abcdef";
// Tests that need a second signed-in person mint a session for them with the servers' secret.
process.env.MERIDIAN_E2E_AUTH_SECRET = secret;

export default defineConfig({
  testDir: "e2e",
  // Single sign-on runs against its own servers and OpenID Providers: playwright.sso.config.ts.
  testIgnore: /sso\.spec\.ts$/,
  outputDir: "test-results/playwright",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  globalTeardown: "./e2e/testing/global-teardown.ts",
  use: {
    ...BROWSER_USE,
  },
  projects: [
    { name: "postgres", use: { baseURL: `http://localhost:${PG_PORT}` } },
    { name: "pglite", testMatch: /api\.spec\.ts/, use: { baseURL: `http://localhost:${LITE_PORT}` } },
  ],
  webServer: [
    {
      command: `node e2e/testing/serve.mjs`,
      url: `http://localhost:${PG_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      env: { PORT: String(PG_PORT), DATABASE_URL: pgUrl, AUTH_SECRET: secret, AUTH_URL: `http://localhost:${PG_PORT}`, MERIDIAN_DATA_DIR: `test-results/postgres-${run}` },
    },
    {
      command: `node e2e/testing/serve.mjs`,
      url: `http://localhost:${LITE_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      env: {
        PORT: String(LITE_PORT),
        MERIDIAN_DATA_DIR: `test-results/pglite-${run}`,
        AUTH_SECRET: secret,
        AUTH_URL: `http://localhost:${LITE_PORT}`,
      },
    },
  ],
});
