import type { EndedSession } from "@/lib/domain/api";
import type { SignedInContext } from "../../context";
import { NotFoundError } from "../../errors";
import { sessionIdOf } from "../session";
import { revokeSessionRecord } from "./records";

/**
 * Ends one of the signed-in user's own sessions on every instance: the next request carrying its token is
 * refused, wherever it lands. Another user's session is "not found", exactly like one that never existed.
 * Ending a session that already ended answers the same as the first time.
 */
export async function endMySession(ctx: SignedInContext, sessionId: string): Promise<EndedSession> {
  const ended = await revokeSessionRecord(ctx.db, sessionId, ctx.user.id);
  if (!ended) {
    const own = await ctx.db.signInSession.findFirst({ where: { id: sessionId, userId: ctx.user.id }, select: { id: true } });
    if (!own) throw new NotFoundError("Session");
  }
  return { ended: true, id: sessionId, current: sessionId === sessionIdOf(ctx.session) };
}
