import type { SessionList } from "@/lib/domain/api";
import type { SignedInContext } from "../../context";
import { NotFoundError } from "../../errors";
import { SESSION_MAX_AGE_SECONDS, sessionIdOf } from "../session";

const SHOWN = 50;

/**
 * The signed-in user's sessions that still go on: not ended, younger than a session's lifetime, and
 * not older than the user's last "sign out everywhere". Only ever the caller's own.
 */
export async function listMySessions(ctx: SignedInContext): Promise<SessionList> {
  const current = sessionIdOf(ctx.session);
  const user = await ctx.db.user.findUnique({ where: { id: ctx.user.id }, select: { sessionVersion: true } });
  if (!user) throw new NotFoundError("Your account");
  const rows = await ctx.db.signInSession.findMany({
    where: {
      userId: ctx.user.id,
      revokedAt: null,
      sessionVersion: user.sessionVersion,
      createdAt: { gt: new Date(Date.now() - SESSION_MAX_AGE_SECONDS * 1000) },
    },
    orderBy: [{ lastSeenAt: "desc" }, { createdAt: "desc" }],
    take: SHOWN,
    select: { id: true, provider: true, createdAt: true, lastSeenAt: true, userAgent: true, address: true },
  });
  const sessions = rows.map((row) => ({
    id: row.id,
    provider: row.provider,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    userAgent: row.userAgent,
    address: row.address,
    current: row.id === current,
  }));
  // This device first, then the most recently used.
  return { sessions: [...sessions.filter((s) => s.current), ...sessions.filter((s) => !s.current)] };
}
