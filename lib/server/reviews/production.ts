import type { ProductionBody } from "@/lib/domain/api";
import { appendAuditEvent } from "../audit/append";
import type { ActorContext } from "../context";
import { NotFoundError } from "../errors";
import { findOwnTopology } from "../topologies/find";
import { approvalStatus } from "./approvals";

/** Whether a version (the newest by default) may be exported, and the approvals it has. */
export async function getApprovalStatus(ctx: ActorContext, topologyId: string, version?: number) {
  const topology = await findOwnTopology(ctx, topologyId);
  const number = version ?? topology.currentVersion;
  if (number > topology.currentVersion) throw new NotFoundError(`Version ${number}`);
  return approvalStatus(ctx.db, topology, number);
}

/** Marks a topology production (its exports then need approvals) or not; audited when it changes. */
export async function setProduction(ctx: ActorContext, topologyId: string, input: ProductionBody) {
  await ctx.db.$transaction(async (tx) => {
    await findOwnTopology(ctx, topologyId, tx);
    // Changes only from the other state: of two concurrent identical requests, one changes and audits.
    const changed = await tx.topology.updateMany({
      where: { id: topologyId, organizationId: ctx.organizationId, production: !input.production },
      data: { production: input.production },
    });
    if (changed.count === 0) return;
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "topology.production",
      targetType: "topology",
      targetId: topologyId,
      requestId: ctx.requestId,
      data: { changes: { production: { from: !input.production, to: input.production } } },
    });
  });
  return getApprovalStatus(ctx, topologyId);
}
