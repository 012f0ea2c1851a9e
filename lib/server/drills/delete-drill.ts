import { mayChangeDrill } from "@/lib/domain/authz";
import { appendAuditEvent } from "../audit/append";
import type { ActorContext } from "../context";
import { ForbiddenError, NotFoundError } from "../errors";
import { findOwnDrill } from "./find-drill";

/** Deletes a saved drill, by its creator, an admin or an owner, with a `drill.delete` event keeping what it was. */
export async function deleteDrill(ctx: ActorContext, topologyId: string, drillId: string) {
  return ctx.db.$transaction(async (tx) => {
    const drill = await findOwnDrill(ctx, topologyId, drillId, tx);
    if (!mayChangeDrill({ role: ctx.role, userId: ctx.user.id }, drill)) {
      throw new ForbiddenError("Only the member who saved this drill, an admin or an owner may delete it.");
    }
    // By count: a concurrent delete of the same drill leaves this one nothing to delete, which is "not found".
    const { count } = await tx.outageDrill.deleteMany({ where: { id: drill.id } });
    if (count === 0) throw new NotFoundError("Drill");
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "drill.delete",
      targetType: "drill",
      targetId: drill.id,
      requestId: ctx.requestId,
      data: { topologyId, version: drill.version, name: drill.name, reviewId: drill.reviewId, createdById: drill.createdById },
    });
    return { id: drill.id };
  });
}
