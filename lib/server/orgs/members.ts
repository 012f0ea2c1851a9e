import type { Prisma, Role } from "@prisma/client";
import type { UpdateMemberBody } from "@/lib/domain/api";
import { appendAuditEvent } from "../audit/append";
import { isScoped, outranks, roleMayBeScoped, UNSCOPABLE_REASON, readStoredScope } from "@/lib/domain/authz";
import type { ActorContext } from "../context";
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { memberView } from "./views";

const withUser = { user: { select: { id: true, name: true, email: true } } } as const;

export async function listMembers(ctx: ActorContext) {
  const rows = await ctx.db.membership.findMany({
    where: { organizationId: ctx.organizationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: withUser,
  });
  return { members: rows.map(memberView) };
}

/** A member of the actor's organisation; another organisation's membership is "not found". */
async function findOwnMember(ctx: ActorContext, memberId: string, tx: Prisma.TransactionClient) {
  const member = await tx.membership.findFirst({ where: { id: memberId, organizationId: ctx.organizationId }, include: withUser });
  if (!member) throw new NotFoundError("Member");
  return member;
}

/** Nobody acts on a member above their own role, nor grants a role above their own. */
function assertRank(ctx: ActorContext, targetRole: Role, grantedRole?: Role) {
  if (outranks(targetRole, ctx.role)) {
    throw new ForbiddenError(`Your role (${ctx.role}) cannot change a member who is ${targetRole}.`);
  }
  if (grantedRole && outranks(grantedRole, ctx.role)) {
    throw new ForbiddenError(`Your role (${ctx.role}) cannot make someone ${grantedRole}.`);
  }
}

/**
 * Refuses to take away the last owner. The owner rows are locked first: two owners demoting each
 * other at once would otherwise both count two owners and leave none.
 */
async function assertNotLastOwner(tx: Prisma.TransactionClient, ctx: ActorContext) {
  const owners = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Membership" WHERE "organizationId" = ${ctx.organizationId} AND "role" = 'owner' FOR UPDATE`;
  if (owners.length <= 1) throw new ConflictError("An organisation needs at least one owner: make someone else owner first.");
}

/** Changes a member's role and/or region scope: one audit event with both changes. */
export async function updateMember(ctx: ActorContext, memberId: string, input: UpdateMemberBody) {
  return ctx.db.$transaction(async (tx) => {
    const before = await findOwnMember(ctx, memberId, tx);
    assertRank(ctx, before.role, input.role);
    const role = input.role ?? before.role;
    const changes: Record<string, { from: Prisma.InputJsonValue; to: Prisma.InputJsonValue }> = {};
    if (input.role && input.role !== before.role) {
      if (before.source === "sso") {
        throw new ConflictError("This member's role comes from their identity provider groups: change their groups there.");
      }
      if (before.role === "owner") await assertNotLastOwner(tx, ctx);
      changes.role = { from: before.role, to: input.role };
    }
    const scope = input.scope ?? readStoredScope(before.scopeProviders, before.scopeRegions);
    if (isScoped(scope) && !roleMayBeScoped(role)) {
      throw new BadRequestError(UNSCOPABLE_REASON, [
        { path: "scope", message: "remove the region scope or choose another role" },
      ]);
    }
    if (input.scope) {
      const from = { providers: before.scopeProviders, regions: before.scopeRegions };
      const to = { providers: [...scope.providers], regions: [...scope.regions] };
      if (JSON.stringify(from) !== JSON.stringify(to)) changes.scope = { from, to };
    }
    if (Object.keys(changes).length === 0) return memberView(before);
    const after = await tx.membership.update({
      where: { id: before.id },
      data: { role, scopeProviders: [...scope.providers], scopeRegions: [...scope.regions] },
      include: withUser,
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "membership.update",
      targetType: "membership",
      targetId: before.id,
      requestId: ctx.requestId,
      data: { member: before.user.email ?? before.userId, changes },
    });
    return memberView(after);
  });
}

export async function removeMember(ctx: ActorContext, memberId: string) {
  return ctx.db.$transaction(async (tx) => {
    const member = await findOwnMember(ctx, memberId, tx);
    assertRank(ctx, member.role);
    if (member.role === "owner") await assertNotLastOwner(tx, ctx);
    await tx.membership.delete({ where: { id: member.id } });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "membership.remove",
      targetType: "membership",
      targetId: member.id,
      requestId: ctx.requestId,
      data: { member: member.user.email ?? member.userId, role: member.role },
    });
    return { removed: member.id };
  });
}
