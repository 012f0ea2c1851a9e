import type { OrgPolicy } from "@/lib/domain/rules";
import type { ReviewPolicyBody, ReviewPolicyView } from "@/lib/domain/api";
import { appendAuditEvent } from "../audit/append";
import type { ActorContext } from "../context";
import type { Db } from "../db";
import { NotFoundError } from "../errors";
import { lockOrganization } from "../orgs/lock-organization";

export async function getReviewPolicy(ctx: ActorContext): Promise<ReviewPolicyView> {
  const org = await ctx.db.organization.findUnique({ where: { id: ctx.organizationId }, select: { approvalsRequired: true } });
  if (!org) throw new NotFoundError("Organisation");
  return { approvalsRequired: org.approvalsRequired };
}

/** Sets how many approvals a production version needs before export; audited as an organisation setting. */
export async function updateReviewPolicy(ctx: ActorContext, input: ReviewPolicyBody): Promise<ReviewPolicyView> {
  return ctx.db.$transaction(async (tx) => {
    await lockOrganization(tx, ctx.organizationId);
    const before = await tx.organization.findUnique({ where: { id: ctx.organizationId }, select: { approvalsRequired: true } });
    if (!before) throw new NotFoundError("Organisation");
    if (before.approvalsRequired === input.approvalsRequired) return { approvalsRequired: before.approvalsRequired };
    await tx.organization.update({ where: { id: ctx.organizationId }, data: { approvalsRequired: input.approvalsRequired } });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "organization.update",
      targetType: "organization",
      targetId: ctx.organizationId,
      requestId: ctx.requestId,
      data: { changes: { approvalsRequired: { from: before.approvalsRequired, to: input.approvalsRequired } } },
    });
    return { approvalsRequired: input.approvalsRequired };
  });
}

/** The organisation's policy as the rule engine reads it (the SOC 2 pack checks approvalsRequired). */
export async function rulePolicyOf(db: Db, organizationId: string): Promise<OrgPolicy> {
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { approvalsRequired: true } });
  return rulePolicyFrom(org?.approvalsRequired);
}

/** The policy from the organisation's stored setting, for callers that read the row themselves. */
export function rulePolicyFrom(approvalsRequired: number | null | undefined): OrgPolicy {
  return { approvalsRequired: approvalsRequired ?? 1 };
}
