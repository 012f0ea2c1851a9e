import { expect, type Page, type Request } from "@playwright/test";
import { ENTRA_ISSUER, OKTA_ISSUER, type SsoUser } from "./sso-env";

export type SsoProviderId = "okta" | "microsoft-entra-id";

export const ISSUERS: Record<SsoProviderId, string> = { okta: OKTA_ISSUER, "microsoft-entra-id": ENTRA_ISSUER };

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The sign-in page's button for each provider. */
const BUTTONS: Record<SsoProviderId, string> = { okta: "Sign in with Okta", "microsoft-entra-id": "Sign in with Microsoft Entra ID" };

export interface SsoSignIn {
  /** The authorisation request the browser sent to the IdP. */
  authorization: URL;
  /** The IdP's redirect back to the app's callback (code, state, iss). */
  callback: URL;
}

/**
 * Signs `user` in through `provider` as a person would: the app sends the browser to the IdP, the
 * user types their name (and any password) on the IdP's login page, and the IdP redirects back
 * with an authorisation code that the app exchanges (with its PKCE verifier) for an ID token.
 */
export async function signInThroughSso(page: Page, provider: SsoProviderId, user: SsoUser): Promise<SsoSignIn> {
  const issuer = ISSUERS[provider];
  await page.goto("/topologies");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  const authorization = page.waitForRequest((r: Request) => r.url().startsWith(`${issuer}/auth?`));
  const callback = page.waitForRequest((r: Request) => r.url().includes(`/api/auth/callback/${provider}?`));
  await page.getByRole("button", { name: BUTTONS[provider] }).click();
  const authorizationUrl = new URL((await authorization).url());

  await expect(page).toHaveURL(new RegExp(`^${escapeRe(issuer)}/interaction/`));
  await page.locator('input[name="login"]').fill(user);
  await page.locator('input[name="password"]').fill("any password: devInteractions accepts it");
  await page.getByRole("button", { name: "Sign-in" }).click();
  return { authorization: authorizationUrl, callback: new URL((await callback).url()) };
}

/** The signed-in user's organisations as the API reports them, with the provider the session used. */
export async function myOrganizations(page: Page) {
  const response = await page.request.get("/api/me/organizations");
  expect(response.status()).toBe(200);
  return (await response.json()) as {
    signInProvider: string;
    user: { email: string | null; name: string | null };
    organizations: { slug: string; name: string; role: string }[];
  };
}
