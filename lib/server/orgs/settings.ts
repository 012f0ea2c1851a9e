import { Prisma } from "@prisma/client";
import type { OrganizationView, UpdateOrganizationBody } from "@/lib/domain/api";
import { appendAuditEvent } from "../audit/append";
import { violatesUniqueIndex } from "../db/unique-violation";
import { lockOrganization } from "./lock-organization";
import type { ActorContext } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { claimSsoDomain, DOMAIN_TAKEN } from "./sso-domain";
import { organizationView } from "./views";

export async function getOrganization(ctx: ActorContext): Promise<OrganizationView> {
  const organization = await ctx.db.organization.findUnique({ where: { id: ctx.organizationId }, include: { ssoDomainClaim: true } });
  if (!organization) throw new NotFoundError("Organisation");
  return organizationView(organization, organization.ssoDomainClaim);
}

type Changes = Record<string, { from: Prisma.InputJsonValue | null; to: Prisma.InputJsonValue | null }>;

/**
 * Renames the organisation or changes its SSO settings: one audit event listing every change. A new SSO domain
 * is only claimed here; it takes effect once a DNS TXT record proves it (verifySsoDomain). Removing it is immediate.
 */
export async function updateOrganization(ctx: ActorContext, input: UpdateOrganizationBody): Promise<OrganizationView> {
  // Requiring SSO from a local session would end this very session's access at once.
  if (input.ssoRequired === true && ctx.signInProvider === "local") {
    throw new ConflictError("Sign in with single sign-on before requiring it: a local session would lose access to this organisation.");
  }
  try {
    return await ctx.db.$transaction(async (tx) => {
      await lockOrganization(tx, ctx.organizationId);
      const before = await tx.organization.findUnique({ where: { id: ctx.organizationId }, include: { ssoDomainClaim: true } });
      if (!before) throw new NotFoundError("Organisation");
      const changes: Changes = {};
      if (input.name !== undefined && input.name !== before.name) changes.name = { from: before.name, to: input.name };
      const claimed = before.ssoDomainClaim?.domain ?? null;
      if (input.ssoDomain === null && (before.ssoDomain !== null || claimed !== null)) {
        changes.ssoDomain = { from: before.ssoDomain, to: null };
        if (claimed) changes.ssoDomainClaim = { from: claimed, to: null };
      }
      const claiming = input.ssoDomain && input.ssoDomain !== before.ssoDomain && input.ssoDomain !== claimed ? input.ssoDomain : null;
      if (claiming) changes.ssoDomainClaim = { from: claimed, to: claiming };
      if (input.ssoRequired !== undefined && input.ssoRequired !== before.ssoRequired) {
        changes.ssoRequired = { from: before.ssoRequired, to: input.ssoRequired };
      }
      if (Object.keys(changes).length === 0) return organizationView(before, before.ssoDomainClaim);
      if (claiming && (await tx.organization.count({ where: { ssoDomain: claiming, NOT: { id: before.id } } }))) throw DOMAIN_TAKEN();
      if (claiming) await claimSsoDomain(tx, before.id, claiming);
      if (input.ssoDomain === null) await tx.ssoDomainClaim.deleteMany({ where: { organizationId: before.id } });
      const after = await tx.organization.update({
        where: { id: before.id },
        data: { name: input.name, ssoRequired: input.ssoRequired, ...(input.ssoDomain === null && { ssoDomain: null }) },
        include: { ssoDomainClaim: true },
      });
      await appendAuditEvent(tx, {
        organizationId: ctx.organizationId,
        actor: ctx.user,
        action: "organization.update",
        targetType: "organization",
        targetId: before.id,
        requestId: ctx.requestId,
        data: { changes },
      });
      return organizationView(after, after.ssoDomainClaim);
    });
  } catch (error) {
    // The unique index catches a claim racing ours (the check above saw none).
    if (violatesUniqueIndex(error, "Organization_ssoDomain_key")) throw DOMAIN_TAKEN();
    throw error;
  }
}
