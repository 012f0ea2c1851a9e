import { randomBytes } from "node:crypto";
import type { BrowserContext } from "@playwright/test";
import pg from "pg";
import { encodeSessionToken, SESSION_COOKIE } from "../../lib/server/auth/session";

/**
 * A second person, owner of an organisation of their own, signed in with a real session token (the
 * local sign-in has one user only). Rows are written straight into the run's PostgreSQL database.
 */
export async function signInOtherOrganisation(context: BrowserContext, baseURL: string): Promise<{ email: string }> {
  const url = process.env.MERIDIAN_E2E_DATABASE_URL;
  const secret = process.env.MERIDIAN_E2E_AUTH_SECRET;
  if (!url || !secret) throw new Error("the postgres project's database URL and auth secret are needed (playwright.config.ts)");
  const id = randomBytes(8).toString("hex");
  const email = `outsider-${id}@other.example`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`INSERT INTO "User" (id, email, name) VALUES ($1, $2, 'Outsider')`, [`u${id}`, email]);
    await client.query(`INSERT INTO "Organization" (id, name, slug) VALUES ($1, 'Other Org', $2)`, [`o${id}`, `other-${id}`]);
    await client.query(`INSERT INTO "Membership" (id, "userId", "organizationId", role) VALUES ($1, $2, $3, 'owner')`, [`m${id}`, `u${id}`, `o${id}`]);
  } finally {
    await client.end();
  }
  process.env.AUTH_SECRET = secret;
  const token = await encodeSessionToken({ userId: `u${id}`, sessionVersion: 0, provider: "oidc", signedInAt: Math.floor(Date.now() / 1000) });
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
  return { email };
}
