import type { Prisma } from "@prisma/client";
import { appendAuditEvent } from "../audit/append";
import type { ActorContext } from "../context";
import { violatesUniqueIndex } from "../db/unique-violation";
import { ConflictError } from "../errors";

/**
 * One pending invitation per organisation and address: this partial unique index on
 * (organizationId, lower(email)) over unaccepted, unrevoked rows (prisma/migrations/20261215000000_pending_invitation_unique).
 */
const PENDING_INDEX = "Invitation_pending_organizationId_email_key";

export function alreadyInvited(email: string): ConflictError {
  return new ConflictError(`${email} already has a pending invitation: revoke it to send a new one.`);
}

/**
 * Clears the way for a new invitation to `email`, inside the transaction that creates it. A live pending
 * invitation is a conflict. An expired one still holds the index (its predicate cannot read the clock),
 * so it is revoked, with an audit event, and listed as expired still (see invitationStatus).
 */
export async function makeRoomForInvitation(tx: Prisma.TransactionClient, ctx: ActorContext, email: string): Promise<void> {
  const now = new Date();
  // lower() as the index has it; Prisma's case-insensitive equals is ILIKE, where "_" in an address is a wildcard.
  const open = await tx.$queryRaw<{ id: string; email: string; role: string; expiresAt: Date }[]>`
    SELECT "id", "email", "role"::text AS "role", "expiresAt" FROM "Invitation"
    WHERE "organizationId" = ${ctx.organizationId} AND lower("email") = lower(${email}) AND "acceptedAt" IS NULL AND "revokedAt" IS NULL`;
  if (open.some((i) => new Date(i.expiresAt).getTime() > now.getTime())) throw alreadyInvited(email);
  for (const expired of open) {
    // Conditional, so an invitation another request revoked meanwhile is left as that request wrote it.
    const { count } = await tx.invitation.updateMany({ where: { id: expired.id, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    if (count === 0) continue;
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "invitation.revoke",
      targetType: "invitation",
      targetId: expired.id,
      requestId: ctx.requestId,
      data: { email: expired.email, role: expired.role, reason: "expired, replaced by a new invitation" },
    });
  }
}

/** The index refused an insert: another request created a pending invitation after our check saw none. */
export function isPendingInvitationRace(error: unknown): boolean {
  return violatesUniqueIndex(error, PENDING_INDEX);
}
