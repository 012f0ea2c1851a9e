import type { Prisma } from "@prisma/client";
import type { CreateTopologyBody } from "@/lib/domain/api";
import { starterDocument } from "@/lib/domain/starter";
import { appendAuditEvent } from "../audit/append";
import type { ActorContext } from "../context";
import { rulePolicyOf } from "../reviews/review-policy";
import { checkDocument } from "./document-input";
import { topologyView } from "./views";

export interface TopologyOrigin {
  /** The marketplace template it starts from ("curated.<slug>" or a Template id). */
  forkedFrom: string;
  /** More work in the same transaction (the template's usage count). */
  alsoInTransaction?(tx: Prisma.TransactionClient): Promise<unknown>;
}

export async function createTopology(ctx: ActorContext, input: CreateTopologyBody, origin?: TopologyOrigin) {
  const checked = checkDocument(input.document ?? starterDocument(input.name), await rulePolicyOf(ctx.db, ctx.organizationId));
  return ctx.db.$transaction(async (tx) => {
    const topology = await tx.topology.create({
      data: {
        organizationId: ctx.organizationId,
        name: input.name,
        description: input.description ?? "",
        currentVersion: 1,
        createdById: ctx.user.id,
        ...(origin && { forkedFrom: origin.forkedFrom }),
      },
    });
    await origin?.alsoInTransaction?.(tx);
    await tx.topologyVersion.create({
      data: {
        topologyId: topology.id,
        number: 1,
        document: checked.document as unknown as Prisma.InputJsonObject,
        digest: checked.digest,
        message: input.message ?? "Created",
        authorId: ctx.user.id,
        validation: { ...checked.validation },
      },
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "topology.create",
      targetType: "topology",
      targetId: topology.id,
      requestId: ctx.requestId,
      afterDigest: checked.digest,
      data: { name: topology.name, version: 1, ...(origin && { forkedFrom: origin.forkedFrom }) },
    });
    return { topology: topologyView(topology), version: 1, validation: checked.validation };
  });
}
