import type { Db } from "../../db";
import { UnauthorizedError } from "../../errors";
import { sessionRecordLive, touchSessionRecord, type SessionRecord } from "./records";

/**
 * Refuses a token whose session record was ended (signed out, or ended from the sessions list, on any
 * instance) or belongs to someone else, and notes the session's use at most once a minute.
 */
export async function requireLiveSession(db: Db, sessionId: string, record: SessionRecord | null, userId: string): Promise<void> {
  if (!record || !sessionRecordLive(record, userId)) throw new UnauthorizedError("This session was signed out. Sign in again.");
  await touchSessionRecord(db, sessionId, record);
}
