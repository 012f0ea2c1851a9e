import type { UpdateTopologyBody } from "@/lib/domain/api";
import { appendAuditEvent } from "../audit/append";
import type { ActorContext } from "../context";
import { findOwnTopology } from "./find";
import { topologyView } from "./views";

/** Renames, re-describes, archives or restores a topology: metadata only, no new version. */
export async function updateTopology(ctx: ActorContext, topologyId: string, input: UpdateTopologyBody) {
  return ctx.db.$transaction(async (tx) => {
    const before = await findOwnTopology(ctx, topologyId, tx);
    const archivedAt =
      input.archived === undefined ? undefined : input.archived ? (before.archivedAt ?? new Date()) : null;
    const after = await tx.topology.update({
      where: { id: topologyId },
      data: { name: input.name, description: input.description, archivedAt },
    });
    const changes: Record<string, { from: string | boolean; to: string | boolean }> = {};
    if (input.name !== undefined && input.name !== before.name) changes.name = { from: before.name, to: input.name };
    if (input.description !== undefined && input.description !== before.description) {
      changes.description = { from: before.description, to: input.description };
    }
    const wasArchived = before.archivedAt !== null;
    if (input.archived !== undefined && input.archived !== wasArchived) changes.archived = { from: wasArchived, to: input.archived };
    const action = changes.archived ? (input.archived ? "topology.archive" : "topology.restore") : "topology.update";
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action,
      targetType: "topology",
      targetId: topologyId,
      requestId: ctx.requestId,
      data: { changes },
    });
    return topologyView(after);
  });
}
