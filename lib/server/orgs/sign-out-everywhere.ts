import { appendAuditEvent } from "../audit/append";
import type { SignedInContext } from "../context";

/**
 * Ends every session of the signed-in user by bumping their session version (tokens carrying the old
 * one are refused). A user belongs to no single organisation, so the event goes into the chain of
 * each organisation they are a member of: every admin who could see their actions sees it.
 */
export async function signOutEverywhere(ctx: SignedInContext) {
  return ctx.db.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: ctx.user.id },
      data: { sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    const memberships = await tx.membership.findMany({ where: { userId: ctx.user.id }, select: { organizationId: true } });
    // A fixed order of audit-head locks, so two of these never deadlock.
    const organizationIds = memberships.map((m) => m.organizationId).sort();
    for (const organizationId of organizationIds) {
      await appendAuditEvent(tx, {
        organizationId,
        actor: ctx.user,
        action: "user.sign_out_everywhere",
        targetType: "user",
        targetId: ctx.user.id,
        requestId: ctx.requestId,
        data: { sessionVersion: user.sessionVersion, provider: ctx.session.provider },
      });
    }
    return { signedOut: true, sessionVersion: user.sessionVersion, auditedIn: organizationIds.length };
  });
}
