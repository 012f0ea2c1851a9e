import { randomBytes } from "node:crypto";
import type { Db } from "../../db";
import { SESSION_MAX_AGE_SECONDS } from "../session";

/** lastSeenAt is refreshed at most this often, so a busy session costs one write a minute. */
export const LAST_SEEN_EVERY_MS = 60_000;
/** Records are kept a day past the longest session, then pruned at the user's next sign-in. */
const KEEP_MS = SESSION_MAX_AGE_SECONDS * 1000 + 24 * 60 * 60_000;

export interface SessionOrigin {
  userAgent: string | null;
  address: string | null;
}

/** Records a new session at sign-in and answers its id, which goes into the session token. */
export async function openSessionRecord(
  db: Db,
  session: { userId: string; provider: string; sessionVersion: number } & SessionOrigin,
): Promise<string> {
  const id = randomBytes(18).toString("base64url");
  await db.signInSession.deleteMany({ where: { userId: session.userId, createdAt: { lt: new Date(Date.now() - KEEP_MS) } } });
  await db.signInSession.create({
    data: {
      id,
      userId: session.userId,
      provider: session.provider,
      sessionVersion: session.sessionVersion,
      userAgent: session.userAgent?.slice(0, 80) ?? null,
      address: session.address?.slice(0, 64) ?? null,
    },
  });
  return id;
}

export type SessionRecord = { userId: string; revokedAt: Date | null; lastSeenAt: Date };

export function findSessionRecord(db: Db, id: string): Promise<SessionRecord | null> {
  return db.signInSession.findUnique({ where: { id }, select: { userId: true, revokedAt: true, lastSeenAt: true } });
}

/** Whether a token's record says the session goes on: it exists, is the token's user's, and was not ended. */
export function sessionRecordLive(record: SessionRecord | null, userId: string): boolean {
  return Boolean(record && record.userId === userId && !record.revokedAt);
}

/** Notes that the session was used, unless it was noted within the last minute (by any instance). */
export async function touchSessionRecord(db: Db, id: string, record: SessionRecord, now = new Date()): Promise<void> {
  const staleBefore = new Date(now.getTime() - LAST_SEEN_EVERY_MS);
  if (record.lastSeenAt >= staleBefore) return;
  await db.signInSession.updateMany({ where: { id, lastSeenAt: { lt: staleBefore } }, data: { lastSeenAt: now } });
}

/** Ends one session for every instance at once; ending it twice keeps the first time. */
export async function revokeSessionRecord(db: Db, id: string, userId?: string): Promise<boolean> {
  const { count } = await db.signInSession.updateMany({
    where: { id, revokedAt: null, ...(userId && { userId }) },
    data: { revokedAt: new Date() },
  });
  return count > 0;
}
