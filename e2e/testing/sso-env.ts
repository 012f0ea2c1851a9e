// Where the SSO browser tests run: the app and two OpenID Providers, all on loopback. Shared by
// playwright.sso.config.ts (which starts them) and e2e/sso.spec.ts (which talks to them).

import { sharedPorts } from "./free-port";

// Free ports, chosen when the config first loads and shared with the workers through the environment.
export const [SSO_APP_PORT, OKTA_PORT, ENTRA_PORT] = sharedPorts(["MERIDIAN_SSO_APP_PORT", "MERIDIAN_SSO_OKTA_PORT", "MERIDIAN_SSO_ENTRA_PORT"]);

/** Next rewrites 127.0.0.1 to localhost in request URLs: the app must be reached as localhost. */
export const SSO_APP_URL = `http://localhost:${SSO_APP_PORT}`;
/** Posing as an Okta authorisation server (`https://<org>.okta.com/oauth2/default`). */
export const OKTA_ISSUER = `http://127.0.0.1:${OKTA_PORT}/oauth2/default`;
/** A tenant-specific Entra ID issuer (`https://login.microsoftonline.com/<tenant>/v2.0`). */
export const ENTRA_TENANT = "6f1d2b3a-94c7-4e28-b1a5-0c7e9d3f8a21";
export const ENTRA_ISSUER = `http://127.0.0.1:${ENTRA_PORT}/${ENTRA_TENANT}/v2.0`;

export const OKTA_CLIENT = { id: "meridian-okta", secret: "okta-secret-for-tests-only-0123456789" };
export const ENTRA_CLIENT = { id: "0a9c7e55-meridian-entra", secret: "entra-secret-for-tests-only-0123456789" };

/** The organisation that unprefixed group mappings land in. */
export const SSO_ORG = { slug: "acme", name: "Acme Networks" };

/** Groups to roles, as an operator would write MERIDIAN_GROUP_ROLE_MAP. */
export const GROUP_ROLE_MAP = "meridian-admins=admin, meridian-editors=editor, meridian-viewers=viewer";

/** The directory both issuers serve. Any password is accepted (devInteractions). */
export const SSO_USERS = {
  alice: { email: "alice@acme.example", name: "Alice Editor", groups: ["meridian-editors", "everyone"] },
  victor: { email: "victor@acme.example", name: "Victor Viewer", groups: ["meridian-viewers", "everyone"] },
  ada: { email: "ada@acme.example", name: "Ada Admin", groups: ["meridian-admins", "everyone"] },
  mallory: { email: "mallory@contractor.example", name: "Mallory Contractor", groups: ["contractors"] },
} as const;

export type SsoUser = keyof typeof SSO_USERS;
