import { defineConfig } from "@playwright/test";
import { BROWSER_USE } from "./e2e/testing/browser-options";
import { sharedPorts } from "./e2e/testing/free-port";

// Two instances of the built app on one PostgreSQL database and one AUTH_SECRET, as behind a load balancer:
// sign-in limits, session revocation and saves must hold across them. A fresh database per run, dropped after.
//   NEXT_DIST_DIR=.next-many npx next build && npx playwright test -c playwright.instances.config.ts
// NEXT_DIST_DIR picks the build the instances serve (default .next-many; `npm test` passes its own .next).
const run = (process.env.MERIDIAN_INSTANCES_RUN ??= `${Date.now().toString(36)}${process.pid}`);
const pgAdminUrl = process.env.MERIDIAN_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const databaseUrl = (() => {
  const u = new URL(pgAdminUrl);
  u.pathname = `/meridian_e2e_many_${run}`;
  return u.toString();
})();
process.env.MERIDIAN_INSTANCES_DATABASE_URL = databaseUrl;

const [A_PORT, B_PORT] = sharedPorts(["MERIDIAN_INSTANCES_A_PORT", "MERIDIAN_INSTANCES_B_PORT"]);
process.env.MERIDIAN_INSTANCES_A_URL = `http://localhost:${A_PORT}`;
process.env.MERIDIAN_INSTANCES_B_URL = `http://localhost:${B_PORT}`;
// The local user's password, read by the spec too.
process.env.MERIDIAN_INSTANCES_PASSWORD ??= "correct horse battery staple";

function instance(name: "a" | "b", port: number) {
  return {
    // The first creates and migrates the database; web servers start one after another, so the second finds it ready.
    command: "node e2e/testing/serve.mjs",
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe" as const,
    env: {
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-many",
      PORT: String(port),
      AUTH_URL: `http://localhost:${port}`,
      AUTH_SECRET: "e2e-instances-secret-not-for-production-0123456789",
      DATABASE_URL: databaseUrl,
      MERIDIAN_DB_POOL_SIZE: "4",
      MERIDIAN_DATA_DIR: `test-results/instances-${run}-${name}`,
      MERIDIAN_LOCAL_SIGNIN: "on",
      MERIDIAN_LOCAL_PASSWORD: process.env.MERIDIAN_INSTANCES_PASSWORD!,
      // Three failures from one address, then a block of 15 s (longest 30 s): short enough to see, long enough to hold.
      MERIDIAN_SIGNIN_RATE_LIMIT: "3/30",
      // The tests stand in for a load balancer on the loopback, so they may say which client a request is for.
      MERIDIAN_TRUSTED_PROXIES: "127.0.0.1, ::1",
      // Counted in PostgreSQL: the store shared by the instances here.
      REDIS_URL: "",
    },
  };
}

export default defineConfig({
  testDir: "e2e",
  testMatch: /instances\.e2e\.ts$/,
  outputDir: "test-results/playwright-instances",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright-instances.json" }]],
  globalTeardown: "./e2e/testing/instances-teardown.ts",
  use: {
    ...BROWSER_USE,
  },
  projects: [{ name: "instances" }],
  webServer: [instance("a", A_PORT), instance("b", B_PORT)],
});
