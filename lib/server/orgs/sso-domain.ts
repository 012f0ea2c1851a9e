import { randomBytes } from "node:crypto";
import type { Prisma } from "@prisma/client";
import type { OrganizationView } from "@/lib/domain/api";
import { appendAuditEvent } from "../audit/append";
import type { ActorContext } from "../context";
import { violatesUniqueIndex } from "../db/unique-violation";
import { ConflictError, NotFoundError } from "../errors";
import { txtRecords } from "../net/dns-txt";
import { lockOrganization } from "./lock-organization";
import { challengeName, challengeValue } from "./sso-challenge";
import { organizationView } from "./views";

/** Said without naming the organisation that holds the domain. */
export const DOMAIN_TAKEN = () => new ConflictError("This domain is already proven by another organisation.", { field: "ssoDomain" });

/** Records (or replaces) the organisation's claim to a domain, with a fresh token to publish. Inside the caller's transaction. */
export async function claimSsoDomain(tx: Prisma.TransactionClient, organizationId: string, domain: string): Promise<void> {
  const token = randomBytes(16).toString("hex");
  await tx.ssoDomainClaim.upsert({
    where: { organizationId },
    create: { organizationId, domain, token },
    update: { domain, token, createdAt: new Date() },
  });
}

/**
 * Looks the claim's TXT record up and, when it carries the token, makes the domain the organisation's SSO
 * domain (409 when another organisation proved it first). Without the record: 409 saying what was found.
 */
export async function verifySsoDomain(ctx: ActorContext): Promise<OrganizationView> {
  const claim = await ctx.db.ssoDomainClaim.findUnique({ where: { organizationId: ctx.organizationId } });
  if (!claim) throw new NotFoundError("A pending domain claim");
  const name = challengeName(claim.domain);
  const expected = challengeValue(claim.token);
  const found = await txtRecords(name);
  if (!found.includes(expected)) {
    throw new ConflictError(
      found.length === 0
        ? `No TXT record at ${name} yet. Publish "${expected}" there, then verify again (DNS changes can take a few minutes).`
        : `The TXT records at ${name} do not include "${expected}" (found ${found.length}: ${found.slice(0, 3).map((r) => `"${r.slice(0, 80)}"`).join(", ")}).`,
      { field: "ssoDomain", name, expected },
    );
  }
  try {
    return await ctx.db.$transaction(async (tx) => {
      await lockOrganization(tx, ctx.organizationId);
      const current = await tx.ssoDomainClaim.findUnique({ where: { organizationId: ctx.organizationId } });
      // The claim changed while DNS was asked: the proof was for another token.
      if (!current || current.token !== claim.token) throw new ConflictError("The domain claim changed meanwhile: verify again.");
      if (await tx.organization.count({ where: { ssoDomain: claim.domain, NOT: { id: ctx.organizationId } } })) throw DOMAIN_TAKEN();
      const before = await tx.organization.findUniqueOrThrow({ where: { id: ctx.organizationId } });
      const after = await tx.organization.update({ where: { id: ctx.organizationId }, data: { ssoDomain: claim.domain } });
      await tx.ssoDomainClaim.delete({ where: { organizationId: ctx.organizationId } });
      await appendAuditEvent(tx, {
        organizationId: ctx.organizationId,
        actor: ctx.user,
        action: "organization.update",
        targetType: "organization",
        targetId: ctx.organizationId,
        requestId: ctx.requestId,
        data: { changes: { ssoDomain: { from: before.ssoDomain, to: claim.domain } }, proof: { name, value: expected } },
      });
      return organizationView(after, null);
    });
  } catch (error) {
    if (violatesUniqueIndex(error, "Organization_ssoDomain_key")) throw DOMAIN_TAKEN();
    throw error;
  }
}
