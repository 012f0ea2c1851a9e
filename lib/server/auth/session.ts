import { decode, encode } from "next-auth/jwt";
import { authSecret } from "./secret";
import { parseCookies } from "../http/caller";

/** Sessions last 8 hours from sign-in; Auth.js re-issues the cookie at most every 15 minutes. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
export const SESSION_UPDATE_AGE_SECONDS = 15 * 60;

/**
 * Auth.js names its session cookie `__Secure-authjs.session-token` when the app is served over HTTPS
 * and `authjs.session-token` otherwise, and derives the token's encryption key with the cookie name
 * as salt. The seam below reads either, each with its own salt, exactly as Auth.js wrote it.
 */
export const SESSION_COOKIE = "authjs.session-token";
export const SECURE_SESSION_COOKIE = "__Secure-authjs.session-token";

/** What Meridian keeps in the session token besides Auth.js's defaults. */
export interface SessionClaims {
  userId: string;
  /** The user's `sessionVersion` at sign-in; "sign out everywhere" bumps it, ending older sessions. */
  sessionVersion: number;
  /** The provider the session signed in with: "local", "okta", "microsoft-entra-id", "oidc". */
  provider: string;
  /** When the user signed in (seconds since the epoch): sessions end 8 hours later, however active. */
  signedInAt: number;
  /**
   * The id of the session's server-side record (sessions/records.ts), which sign-out revokes for every
   * instance. Absent only from tokens minted without one (tests, and tokens from before records existed).
   */
  sessionId?: string;
}

/** The record id of a session as `authenticate` hands it on, when it has one. */
export function sessionIdOf(session: object): string | null {
  return "sessionId" in session && typeof session.sessionId === "string" ? session.sessionId : null;
}

/** Whether a session signed in at `signedInAt` (seconds) is past its absolute lifetime. */
export function sessionExpired(signedInAt: number, now = Date.now()): boolean {
  return now / 1000 - signedInAt > SESSION_MAX_AGE_SECONDS;
}

/** Whether cookies must be `Secure`: from AUTH_URL when set, otherwise Auth.js decides per request. */
export function useSecureCookies(): boolean | undefined {
  const url = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  if (!url) return undefined;
  try {
    return new URL(url).protocol === "https:";
  } catch {
    return undefined;
  }
}

/**
 * The session behind a request, read from the Auth.js session cookie (chunked or not) and decrypted
 * with AUTH_SECRET. Null for no cookie, a forged or expired token, or one missing Meridian's claims.
 * This is how route handlers authenticate; it needs no Next request scope, so tests call handlers
 * with a plain `Request` carrying a real token.
 */
export async function readSession(request: Request): Promise<SessionClaims | null> {
  return readSessionCookies(request.headers.get("cookie"));
}

/** The session claims in a Cookie header (chunked or not, secure or not), or null. */
export async function readSessionCookies(cookieHeader: string | null): Promise<SessionClaims | null> {
  const cookies = parseCookies(cookieHeader);
  for (const name of [SECURE_SESSION_COOKIE, SESSION_COOKIE]) {
    const token = joinChunks(cookies, name);
    if (!token) continue;
    const claims = await decodeSessionToken(token, name);
    if (claims) return claims;
  }
  return null;
}

export async function decodeSessionToken(token: string, cookieName = SESSION_COOKIE): Promise<SessionClaims | null> {
  try {
    const payload = await decode({ token, secret: authSecret(), salt: cookieName });
    if (!payload || typeof payload.sub !== "string" || typeof payload.sv !== "number" || typeof payload.sia !== "number") return null;
    if (sessionExpired(payload.sia)) return null;
    return {
      userId: payload.sub,
      sessionVersion: payload.sv,
      provider: typeof payload.provider === "string" ? payload.provider : "unknown",
      signedInAt: payload.sia,
      ...(typeof payload.sid === "string" && { sessionId: payload.sid }),
    };
  } catch {
    return null;
  }
}

/** Mints a session token as Auth.js would after sign-in (used by tests and nothing else in the app). */
export async function encodeSessionToken(claims: SessionClaims, cookieName = SESSION_COOKIE, maxAge = SESSION_MAX_AGE_SECONDS) {
  return encode({
    token: {
      sub: claims.userId,
      sv: claims.sessionVersion,
      provider: claims.provider,
      sia: claims.signedInAt,
      ...(claims.sessionId && { sid: claims.sessionId }),
    },
    secret: authSecret(),
    salt: cookieName,
    maxAge,
  });
}

/** Set-Cookie values that remove the session cookie under both names (and any chunks present). */
export function clearSessionCookies(request: Request): string[] {
  const present = Object.keys(parseCookies(request.headers.get("cookie")));
  const names = new Set([SESSION_COOKIE, SECURE_SESSION_COOKIE, ...present.filter((n) => isSessionCookie(n))]);
  return [...names].map((name) => `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`);
}

function isSessionCookie(name: string): boolean {
  return [SESSION_COOKIE, SECURE_SESSION_COOKIE].some((base) => name === base || new RegExp(`^${base.replace(/[.]/g, "\\.")}\\.\\d+$`).test(name));
}

function joinChunks(cookies: Record<string, string>, name: string): string | null {
  if (cookies[name]) return cookies[name]!;
  const chunks = Object.keys(cookies)
    .filter((key) => key.startsWith(`${name}.`) && /^\d+$/.test(key.slice(name.length + 1)))
    .sort((a, b) => Number(a.slice(name.length + 1)) - Number(b.slice(name.length + 1)));
  return chunks.length ? chunks.map((key) => cookies[key]).join("") : null;
}
