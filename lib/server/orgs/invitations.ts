import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@prisma/client";
import type { CreateInvitationBody } from "@/lib/domain/api";
import { appendAuditEvent } from "../audit/append";
import { isScoped, outranks, roleMayBeScoped, UNSCOPABLE_REASON, usableWithSession, readStoredScope } from "@/lib/domain/authz";
import type { ActorContext, SignedInContext } from "../context";
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { alreadyInvited, isPendingInvitationRace, makeRoomForInvitation } from "./pending-invitation";
import { invitationStatus, invitationView } from "./views";

export const INVITATION_TTL_DAYS = 7;

/** Neither accepted nor revoked; checked again inside each conditional update. */
const STILL_PENDING = { acceptedAt: null, revokedAt: null } as const;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Invites someone by email. The link carries a random token; only its hash is stored, so the link is
 * shown once, to the inviter, who sends it (Meridian sends no email itself).
 */
export async function createInvitation(ctx: ActorContext, input: CreateInvitationBody, origin: string) {
  if (outranks(input.role, ctx.role)) throw new ForbiddenError(`Your role (${ctx.role}) cannot invite an ${input.role}.`);
  const scope = input.scope ?? { providers: [], regions: [] };
  if (isScoped(scope) && !roleMayBeScoped(input.role)) {
    throw new BadRequestError(UNSCOPABLE_REASON, [{ path: "scope", message: "remove the scope or choose another role" }]);
  }
  // Stored lower-case, as acceptance compares it with the signed-in user's lower-cased address.
  const email = input.email.trim().toLowerCase();
  const token = randomBytes(32).toString("base64url");
  const invitation = await ctx.db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({ where: { organizationId: ctx.organizationId, user: { email } } });
    if (member) throw new ConflictError(`${email} is already a member.`);
    await makeRoomForInvitation(tx, ctx, email);
    const created = await tx.invitation.create({
      data: {
        organizationId: ctx.organizationId,
        email,
        role: input.role,
        scopeProviders: scope.providers,
        scopeRegions: scope.regions,
        tokenHash: hashInvitationToken(token),
        invitedById: ctx.user.id,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000),
      },
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "invitation.create",
      targetType: "invitation",
      targetId: created.id,
      requestId: ctx.requestId,
      data: { email, role: input.role, scope },
    });
    return created;
  }).catch((error: unknown) => {
    // The unique index caught a request that created one after our check saw none.
    throw isPendingInvitationRace(error) ? alreadyInvited(email) : error;
  });
  return { invitation: invitationView(invitation, ctx.user.email), link: `${origin.replace(/\/+$/, "")}/invite/${token}` };
}

export async function listInvitations(ctx: ActorContext) {
  const rows = await ctx.db.invitation.findMany({
    where: { organizationId: ctx.organizationId },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const inviters = await ctx.db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.invitedById))] } }, select: { id: true, email: true } });
  const emailOf = new Map(inviters.map((u) => [u.id, u.email]));
  return { invitations: rows.map((r) => invitationView(r, emailOf.get(r.invitedById) ?? null)) };
}

export async function revokeInvitation(ctx: ActorContext, invitationId: string) {
  return ctx.db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({ where: { id: invitationId, organizationId: ctx.organizationId } });
    if (!invitation) throw new NotFoundError("Invitation");
    if (invitationStatus(invitation) !== "pending") throw new ConflictError(`This invitation is already ${invitationStatus(invitation)}.`);
    if (outranks(invitation.role, ctx.role)) throw new ForbiddenError(`Your role (${ctx.role}) cannot revoke an invitation as ${invitation.role}.`);
    // Conditional, so an acceptance committing meanwhile wins cleanly instead of being marked revoked too.
    const revokedAt = new Date();
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, ...STILL_PENDING }, data: { revokedAt } });
    if (count === 0) throw new ConflictError("This invitation was just accepted or revoked.");
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "invitation.revoke",
      targetType: "invitation",
      targetId: invitation.id,
      requestId: ctx.requestId,
      data: { email: invitation.email, role: invitation.role },
    });
    const inviter = await tx.user.findUnique({ where: { id: invitation.invitedById }, select: { email: true } });
    return invitationView({ ...invitation, revokedAt }, inviter?.email ?? null);
  });
}

/**
 * The pending invitation behind a link, if it is addressed to the signed-in user. Any other case
 * (unknown, used, revoked, expired, someone else's) is "not found": a link reveals nothing.
 */
async function findInvitationFor(tx: Prisma.TransactionClient, ctx: SignedInContext, token: string) {
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { organization: { select: { id: true, name: true, ssoRequired: true } } },
  });
  if (!invitation || invitationStatus(invitation) !== "pending" || invitation.email !== ctx.user.email?.toLowerCase()) {
    throw new NotFoundError("Invitation");
  }
  return invitation;
}

export async function previewInvitation(ctx: SignedInContext, token: string) {
  const invitation = await findInvitationFor(ctx.db, ctx, token);
  const inviter = await ctx.db.user.findUnique({ where: { id: invitation.invitedById }, select: { name: true, email: true } });
  return {
    organization: { id: invitation.organization.id, name: invitation.organization.name },
    role: invitation.role,
    scope: readStoredScope(invitation.scopeProviders, invitation.scopeRegions),
    invitedBy: inviter?.name ?? inviter?.email ?? null,
    expiresAt: invitation.expiresAt.toISOString(),
  };
}

/** Accepts an invitation: the membership and the invitation's use commit with one audit event. */
export async function acceptInvitation(ctx: SignedInContext, token: string) {
  return ctx.db.$transaction(async (tx) => {
    const invitation = await findInvitationFor(tx, ctx, token);
    if (!usableWithSession(invitation.organization, ctx.session.provider)) {
      throw new ForbiddenError(`${invitation.organization.name} requires single sign-on: sign in with SSO to accept.`, undefined, "sso_required");
    }
    const existing = await tx.membership.findUnique({
      where: { userId_organizationId: { userId: ctx.user.id, organizationId: invitation.organizationId } },
    });
    if (existing) throw new ConflictError(`You are already a member of ${invitation.organization.name}.`);
    const membership = await tx.membership.create({
      data: {
        userId: ctx.user.id,
        organizationId: invitation.organizationId,
        role: invitation.role,
        scopeProviders: invitation.scopeProviders,
        scopeRegions: invitation.scopeRegions,
        source: "invitation",
      },
    });
    // Conditional, so a revocation committing meanwhile is honoured: nothing is written.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, ...STILL_PENDING },
      data: { acceptedAt: new Date(), acceptedById: ctx.user.id },
    });
    if (count === 0) throw new NotFoundError("Invitation");
    await appendAuditEvent(tx, {
      organizationId: invitation.organizationId,
      actor: { id: ctx.user.id, email: ctx.user.email },
      action: "invitation.accept",
      targetType: "invitation",
      targetId: invitation.id,
      requestId: ctx.requestId,
      data: { email: invitation.email, role: invitation.role, membership: membership.id },
    });
    return { organization: { id: invitation.organization.id, name: invitation.organization.name }, role: membership.role };
  });
}
