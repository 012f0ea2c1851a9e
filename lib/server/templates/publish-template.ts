import type { Prisma } from "@prisma/client";
import type { PublishTemplateBody } from "@/lib/domain/api";
import { validate } from "@/lib/domain/rules";
import { templateFacts } from "@/lib/domain/templates";
import { appendAuditEvent } from "../audit/append";
import { rulePolicyOf } from "../reviews/review-policy";
import { can } from "@/lib/domain/authz";
import type { ActorContext } from "../context";
import { BadRequestError, ForbiddenError, NotFoundError } from "../errors";
import { findOwnTopology } from "../topologies/find";
import { getVersion } from "../topologies/get-topology";

/**
 * Publishes a saved version as a marketplace template: private to the organisation for an editor;
 * public to every organisation only for an admin, and only when it validates with no errors.
 */
export async function publishTemplate(ctx: ActorContext, topologyId: string, input: PublishTemplateBody) {
  const topology = await findOwnTopology(ctx, topologyId);
  const versionNumber = input.version ?? topology.currentVersion;
  if (versionNumber > topology.currentVersion) throw new NotFoundError(`Version ${versionNumber}`);
  const { document } = await getVersion(ctx, topologyId, versionNumber);
  if (input.visibility === "public") {
    if (!can(ctx.role, "template.publish-public", ctx.scope)) {
      throw new ForbiddenError("Only an admin may publish a template to every organisation; publish it privately instead.", { permission: "template.publish-public" });
    }
    const { summary, findings } = validate(document, { policy: await rulePolicyOf(ctx.db, ctx.organizationId) });
    if (summary.errors > 0) {
      const first = findings.find((f) => f.severity === "error")!;
      throw new BadRequestError(`A public template must validate clean; version ${versionNumber} has ${summary.errors} error${summary.errors === 1 ? "" : "s"}, first: ${first.message}`);
    }
  }
  const facts = templateFacts(document);
  return ctx.db.$transaction(async (tx) => {
    const template = await tx.template.create({
      data: {
        organizationId: ctx.organizationId,
        title: input.title,
        description: input.description,
        tags: input.tags,
        visibility: input.visibility,
        document: document as unknown as Prisma.InputJsonObject,
        summary: facts as unknown as Prisma.InputJsonObject,
        monthlyCostUsd: facts.monthlyCostUsd,
        sourceTopologyId: topologyId,
        sourceVersion: versionNumber,
        publishedById: ctx.user.id,
      },
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "template.publish",
      targetType: "template",
      targetId: template.id,
      requestId: ctx.requestId,
      data: { title: template.title, visibility: template.visibility, topologyId, version: versionNumber },
    });
    return { template: { id: template.id, title: template.title, visibility: template.visibility } };
  });
}
