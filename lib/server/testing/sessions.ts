import { encodeSessionToken, SESSION_COOKIE } from "../auth/session";
import type { Db } from "../db";

/** Session tokens are encrypted with AUTH_SECRET; tests use a fixed one instead of writing .data/auth-secret. */
export function useTestAuthSecret(): void {
  process.env.AUTH_SECRET ??= "meridian-test-secret-not-for-production-0123456789";
}

/**
 * A real session cookie for a user, as Auth.js would set after sign-in, carrying the user's current
 * session version (so it stays valid after an earlier "sign out everywhere" in the same test).
 */
export async function sessionCookieFor(db: Db, userId: string, provider = "oidc"): Promise<string> {
  useTestAuthSecret();
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const token = await encodeSessionToken({ userId, sessionVersion, provider, signedInAt: Math.floor(Date.now() / 1000) });
  return `${SESSION_COOKIE}=${token}`;
}

export interface RouteCallInit {
  method: string;
  /** The route pattern, "/api/orgs/[orgId]"; its [params] are filled in from `params`. */
  route: string;
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

type AnyHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a route handler the way Next does: a plain Request and a promise of the path's params. */
export async function callRoute(handler: AnyHandler, init: RouteCallInit): Promise<Response> {
  const params = init.params ?? {};
  const path = init.route.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? name));
  const headers = new Headers(init.headers);
  if (init.body !== undefined) headers.set("content-type", "application/json");
  const request = new Request(`http://localhost${path}${init.query ?? ""}`, {
    method: init.method,
    headers,
    ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
  });
  return handler(request, { params: Promise.resolve(params) });
}
