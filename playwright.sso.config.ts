import { defineConfig } from "@playwright/test";
import { BROWSER_USE } from "./e2e/testing/browser-options";
import {
  ENTRA_CLIENT, ENTRA_ISSUER, ENTRA_TENANT, GROUP_ROLE_MAP, OKTA_CLIENT, OKTA_ISSUER, SSO_APP_PORT, SSO_APP_URL, SSO_ORG, SSO_USERS,
} from "./e2e/testing/sso-env";

// Single sign-on through real OpenID Providers: two oidc-provider issuers on 127.0.0.1 (posing as Okta
// and Entra ID) and the built app configured for both, on a fresh PGlite folder the teardown removes.
//   NEXT_DIST_DIR=.next-sso npx next build && npx playwright test -c playwright.sso.config.ts
// NEXT_DIST_DIR picks the build the app serves (default .next-sso; `npm test` passes its own .next).
const run = (process.env.MERIDIAN_SSO_RUN ??= `${Date.now().toString(36)}${process.pid}`);
const dataDir = `test-results/pglite-sso-${run}`;
process.env.MERIDIAN_SSO_DATA_DIR = dataDir;

const harness = {
  issuers: [
    {
      name: "okta",
      issuer: OKTA_ISSUER,
      groupsScope: true,
      clients: [{ client_id: OKTA_CLIENT.id, client_secret: OKTA_CLIENT.secret, redirect_uris: [`${SSO_APP_URL}/api/auth/callback/okta`] }],
      users: SSO_USERS,
    },
    {
      name: "entra",
      issuer: ENTRA_ISSUER,
      groupsScope: false,
      // No `tid` claim: given one, Auth.js re-runs discovery for that tenant with a client that refuses
      // plain http (fine against login.microsoftonline.com, impossible against this loopback issuer).
      clients: [{ client_id: ENTRA_CLIENT.id, client_secret: ENTRA_CLIENT.secret, redirect_uris: [`${SSO_APP_URL}/api/auth/callback/microsoft-entra-id`] }],
      users: SSO_USERS,
    },
  ],
};

export default defineConfig({
  testDir: "e2e",
  testMatch: /sso\.spec\.ts/,
  outputDir: "test-results/playwright-sso",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright-sso.json" }]],
  globalTeardown: "./e2e/testing/sso-teardown.ts",
  use: {
    baseURL: SSO_APP_URL,
    ...BROWSER_USE,
  },
  projects: [{ name: "sso" }],
  webServer: [
    {
      command: "node e2e/testing/oidc-provider.mjs",
      url: `${ENTRA_ISSUER}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
      env: { OIDC_HARNESS: JSON.stringify(harness) },
    },
    {
      command: "node e2e/testing/serve.mjs",
      url: `${SSO_APP_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      env: {
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-sso",
        PORT: String(SSO_APP_PORT),
        AUTH_URL: SSO_APP_URL,
        AUTH_SECRET: "e2e-sso-secret-not-for-production-0123456789abcdef",
        // Empty means unset here: the embedded PGlite database in a folder of its own.
        DATABASE_URL: "",
        MERIDIAN_DATA_DIR: dataDir,
        // Unset: with SSO configured, local sign-in is off.
        MERIDIAN_LOCAL_SIGNIN: "",
        AUTH_OKTA_ID: OKTA_CLIENT.id,
        AUTH_OKTA_SECRET: OKTA_CLIENT.secret,
        AUTH_OKTA_ISSUER: OKTA_ISSUER,
        AUTH_MICROSOFT_ENTRA_ID_ID: ENTRA_CLIENT.id,
        AUTH_MICROSOFT_ENTRA_ID_SECRET: ENTRA_CLIENT.secret,
        AUTH_MICROSOFT_ENTRA_ID_TENANT_ID: ENTRA_TENANT,
        AUTH_MICROSOFT_ENTRA_ID_ISSUER: ENTRA_ISSUER,
        AUTH_OIDC_ID: "",
        MERIDIAN_GROUP_ROLE_MAP: GROUP_ROLE_MAP,
        MERIDIAN_SSO_ORG: SSO_ORG.slug,
        MERIDIAN_SSO_ORG_NAME: SSO_ORG.name,
        MERIDIAN_SSO_DEFAULT_ROLE: "",
        MERIDIAN_GROUPS_CLAIM: "",
      },
    },
  ],
});
