import type { AttachDrillBody } from "@/lib/domain/api";
import { mayChangeDrill } from "@/lib/domain/authz";
import { appendAuditEvent } from "../audit/append";
import type { ActorContext } from "../context";
import { ForbiddenError, NotFoundError } from "../errors";
import { findOwnDrill } from "./find-drill";
import { reviewForDrill } from "./review-for-drill";
import { drillView } from "./views";

/**
 * Attaches a saved drill to a review of its topology, or detaches it (null), with a `drill.attach` event naming
 * both reviews. Its creator, an admin or an owner may (mayChangeDrill); asking for what is already so changes
 * nothing and records nothing.
 */
export async function attachDrill(ctx: ActorContext, topologyId: string, drillId: string, input: AttachDrillBody) {
  const row = await ctx.db.$transaction(async (tx) => {
    const drill = await findOwnDrill(ctx, topologyId, drillId, tx);
    if (!mayChangeDrill({ role: ctx.role, userId: ctx.user.id }, drill)) {
      throw new ForbiddenError("Only the member who saved this drill, an admin or an owner may attach or detach it.");
    }
    if (input.reviewId !== null) await reviewForDrill(ctx, topologyId, input.reviewId, tx);
    if (drill.reviewId === input.reviewId) return drill;
    // By count: a drill deleted meanwhile is "not found", not an error of ours.
    const { count } = await tx.outageDrill.updateMany({ where: { id: drill.id }, data: { reviewId: input.reviewId } });
    if (count === 0) throw new NotFoundError("Drill");
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "drill.attach",
      targetType: "drill",
      targetId: drill.id,
      requestId: ctx.requestId,
      data: { topologyId, version: drill.version, name: drill.name, reviewId: input.reviewId, previousReviewId: drill.reviewId },
    });
    return { ...drill, reviewId: input.reviewId };
  });
  return { drill: await drillView(ctx.db, row, ctx) };
}
