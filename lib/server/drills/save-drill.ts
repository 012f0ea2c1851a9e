import type { SaveDrillBody } from "@/lib/domain/api";
import { appendAuditEvent } from "../audit/append";
import type { ActorContext } from "../context";
import { ConflictError } from "../errors";
import { loadVersion } from "../reviews/version-document";
import { findOwnTopology } from "../topologies/find";
import { reviewForDrill } from "./review-for-drill";
import { playDrillForSaving } from "./play-drill";
import { drillView } from "./views";

/**
 * Saves an outage drill played on one saved version, optionally attached to a review of the same topology. The
 * server plays the drill itself on the stored document (the body carries no result), before the transaction so
 * the database waits for nothing; the row and its `drill.save` audit event then commit together.
 */
export async function saveDrill(ctx: ActorContext, topologyId: string, input: SaveDrillBody) {
  const topology = await findOwnTopology(ctx, topologyId);
  if (topology.archivedAt) throw new ConflictError("This topology is archived; restore it before saving a drill.", { archived: true });
  const version = await loadVersion(ctx.db, topologyId, input.version);
  if (input.reviewId !== undefined) await reviewForDrill(ctx, topologyId, input.reviewId);
  const summary = playDrillForSaving(version.document, input.spec, input.seed);

  const row = await ctx.db.$transaction(async (tx) => {
    const drill = await tx.outageDrill.create({
      data: {
        organizationId: ctx.organizationId,
        topologyId,
        version: version.number,
        name: input.name,
        spec: input.spec,
        seed: input.seed,
        summary,
        reviewId: input.reviewId ?? null,
        createdById: ctx.user.id,
      },
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "drill.save",
      targetType: "drill",
      targetId: drill.id,
      requestId: ctx.requestId,
      afterDigest: version.digest,
      data: {
        topologyId, version: version.number, name: input.name, failure: summary.failure.label, seed: input.seed, stalled: summary.stalled,
        ...(input.reviewId !== undefined && { reviewId: input.reviewId }),
      },
    });
    return drill;
  });
  return { drill: await drillView(ctx.db, row, ctx) };
}
