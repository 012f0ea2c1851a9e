import { randomBytes } from "node:crypto";
import type { BrowserContext } from "@playwright/test";
import pg from "pg";
import { encodeSessionToken, SESSION_COOKIE } from "../../lib/server/auth/session";

/** Runs `work` on the run's PostgreSQL database (the postgres project's; see playwright.config.ts). */
async function withDatabase(work: (client: pg.Client) => Promise<void>): Promise<void> {
  const url = process.env.MERIDIAN_E2E_DATABASE_URL;
  if (!url) throw new Error("the postgres project's database URL is needed (playwright.config.ts)");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** Signs `userId` in on `context` with a real session token, as Auth.js would after an OpenID sign-in. */
async function mintSession(context: BrowserContext, baseURL: string, userId: string): Promise<void> {
  const secret = process.env.MERIDIAN_E2E_AUTH_SECRET;
  if (!secret) throw new Error("the servers' auth secret is needed (playwright.config.ts)");
  process.env.AUTH_SECRET = secret;
  const token = await encodeSessionToken({ userId, sessionVersion: 0, provider: "oidc", signedInAt: Math.floor(Date.now() / 1000) });
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}

/**
 * A second person, owner of an organisation of their own, signed in with a real session token (the
 * local sign-in has one user only). Rows are written straight into the run's PostgreSQL database.
 */
export async function signInOtherOrganisation(context: BrowserContext, baseURL: string): Promise<{ email: string }> {
  const id = randomBytes(8).toString("hex");
  const email = `outsider-${id}@other.example`;
  await withDatabase(async (client) => {
    await client.query(`INSERT INTO "User" (id, email, name) VALUES ($1, $2, 'Outsider')`, [`u${id}`, email]);
    await client.query(`INSERT INTO "Organization" (id, name, slug) VALUES ($1, 'Other Org', $2)`, [`o${id}`, `other-${id}`]);
    await client.query(`INSERT INTO "Membership" (id, "userId", "organizationId", role) VALUES ($1, $2, $3, 'owner')`, [`m${id}`, `u${id}`, `o${id}`]);
  });
  await mintSession(context, baseURL, `u${id}`);
  return { email };
}

/**
 * A second member of an existing organisation (the local user's, say) with the chosen role, signed in
 * on `context` with a real session token. Rows are written straight into the run's PostgreSQL database.
 */
export async function signInOrganisationMember(
  context: BrowserContext,
  baseURL: string,
  organizationId: string,
  role: "admin" | "editor" | "reviewer" | "viewer",
  name: string,
): Promise<{ userId: string; email: string; name: string }> {
  const id = randomBytes(8).toString("hex");
  const userId = `u${id}`;
  const email = `${role}-${id}@example.test`;
  await withDatabase(async (client) => {
    await client.query(`INSERT INTO "User" (id, email, name) VALUES ($1, $2, $3)`, [userId, email, name]);
    await client.query(`INSERT INTO "Membership" (id, "userId", "organizationId", role) VALUES ($1, $2, $3, $4)`, [`m${id}`, userId, organizationId, role]);
  });
  await mintSession(context, baseURL, userId);
  return { userId, email, name };
}
