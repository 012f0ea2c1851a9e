import { encodeSessionToken, SESSION_COOKIE } from "../auth/session";
import { openSessionRecord } from "../auth/sessions/records";
import type { Db } from "../db";
import { useTestAuthSecret } from "./sessions";

/** A server-side session record for a user, as a sign-in from a browser would leave, and its id. */
export async function recordedSession(db: Db, userId: string, origin: { userAgent?: string; address?: string } = {}): Promise<string> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  return openSessionRecord(db, {
    userId,
    provider: "oidc",
    sessionVersion,
    userAgent: origin.userAgent ?? "Firefox on Linux",
    address: origin.address ?? "203.0.113.10",
  });
}

/** A signed-in browser as the app makes one now: a session record, and a cookie whose token carries its id. */
export async function recordedSessionCookie(db: Db, userId: string, origin: { userAgent?: string; address?: string } = {}) {
  useTestAuthSecret();
  const sessionId = await recordedSession(db, userId, origin);
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const token = await encodeSessionToken({ userId, sessionVersion, provider: "oidc", signedInAt: Math.floor(Date.now() / 1000), sessionId });
  return { sessionId, cookie: `${SESSION_COOKIE}=${token}` };
}
