import { timingSafeEqual } from "node:crypto";

/** Identity and guard of the single local user of the embedded default. */
export function localUser() {
  return {
    email: (process.env.MERIDIAN_LOCAL_USER_EMAIL ?? "local@meridian.localhost").toLowerCase(),
    name: process.env.MERIDIAN_LOCAL_USER_NAME ?? "Local user",
  };
}

export function ssoConfigured(): boolean {
  return Boolean(process.env.AUTH_MICROSOFT_ENTRA_ID_ID || process.env.AUTH_OKTA_ID || process.env.AUTH_OIDC_ID);
}

/** Local sign-in is for the single-user default: on when no SSO provider is set up, unless overridden. */
export function localSignInEnabled(): boolean {
  const setting = process.env.MERIDIAN_LOCAL_SIGNIN;
  if (setting === "on") return true;
  if (setting === "off") return false;
  return !ssoConfigured();
}

export function localPasswordRequired(): boolean {
  return Boolean(process.env.MERIDIAN_LOCAL_PASSWORD);
}

export function localPasswordMatches(given: unknown): boolean {
  const expected = process.env.MERIDIAN_LOCAL_PASSWORD;
  if (!expected) return true;
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
