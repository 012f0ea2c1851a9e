import { Prisma } from "@prisma/client";
import type { OrganizationView, UpdateOrganizationBody } from "@/lib/domain/api";
import { appendAuditEvent } from "../audit/append";
import { violatesUniqueIndex } from "../db/unique-violation";
import { lockOrganization } from "./lock-organization";
import type { ActorContext } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { organizationView } from "./views";

export async function getOrganization(ctx: ActorContext): Promise<OrganizationView> {
  const organization = await ctx.db.organization.findUnique({ where: { id: ctx.organizationId } });
  if (!organization) throw new NotFoundError("Organisation");
  return organizationView(organization);
}

/** Said without naming the organisation that holds the domain. */
const DOMAIN_TAKEN = () => new ConflictError("This domain is already claimed by another organisation.", { field: "ssoDomain" });

type Changes = Record<string, { from: Prisma.InputJsonValue | null; to: Prisma.InputJsonValue | null }>;

/** Renames the organisation or changes its SSO settings: one audit event listing every change. */
export async function updateOrganization(ctx: ActorContext, input: UpdateOrganizationBody): Promise<OrganizationView> {
  // Requiring SSO from a local session would end this very session's access at once.
  if (input.ssoRequired === true && ctx.signInProvider === "local") {
    throw new ConflictError("Sign in with single sign-on before requiring it: a local session would lose access to this organisation.");
  }
  try {
    return await ctx.db.$transaction(async (tx) => {
      await lockOrganization(tx, ctx.organizationId);
      const before = await tx.organization.findUnique({ where: { id: ctx.organizationId } });
      if (!before) throw new NotFoundError("Organisation");
      const changes: Changes = {};
      if (input.name !== undefined && input.name !== before.name) changes.name = { from: before.name, to: input.name };
      if (input.ssoDomain !== undefined && input.ssoDomain !== before.ssoDomain) changes.ssoDomain = { from: before.ssoDomain, to: input.ssoDomain };
      if (input.ssoRequired !== undefined && input.ssoRequired !== before.ssoRequired) {
        changes.ssoRequired = { from: before.ssoRequired, to: input.ssoRequired };
      }
      if (Object.keys(changes).length === 0) return organizationView(before);
      if (changes.ssoDomain && input.ssoDomain && (await tx.organization.count({ where: { ssoDomain: input.ssoDomain } }))) throw DOMAIN_TAKEN();
      const after = await tx.organization.update({
        where: { id: before.id },
        data: { name: input.name, ssoDomain: input.ssoDomain, ssoRequired: input.ssoRequired },
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
      return organizationView(after);
    });
  } catch (error) {
    // The unique index catches a claim racing ours (the check above saw none).
    if (violatesUniqueIndex(error, "Organization_ssoDomain_key")) throw DOMAIN_TAKEN();
    throw error;
  }
}
