import type { ReviewDecisionBody } from "@/lib/domain/api";
import { appendAuditEvent } from "../audit/append";
import type { ActorContext } from "../context";
import { ForbiddenError } from "../errors";
import { notify } from "../notifications/notify";
import { toDbDecision } from "./decisions";
import { findOwnReview } from "./find-review";
import { displayName } from "./people";
import { loadVersion } from "./version-document";

/**
 * A named reviewer approves, or requests changes to, the version under review. Nobody approves their
 * own change: the version's author and the review's requester are refused (403).
 */
export async function decideReview(ctx: ActorContext, reviewId: string, input: ReviewDecisionBody) {
  return ctx.db.$transaction(async (tx) => {
    const review = await findOwnReview(ctx, reviewId, tx);
    if (!review.reviewers.some((r) => r.userId === ctx.user.id)) {
      throw new ForbiddenError("Only the reviewers this review names may approve it or request changes.", undefined, "not_a_reviewer");
    }
    const version = await loadVersion(tx, review.topologyId, review.version);
    if (input.decision === "approve" && (ctx.user.id === version.authorId || ctx.user.id === review.requestedById)) {
      const why = ctx.user.id === version.authorId ? `you authored version ${version.number}` : "you requested this review";
      throw new ForbiddenError(`You can't approve your own change: ${why}. Another reviewer has to approve it.`, { version: version.number }, "self_approval");
    }
    const decision = await tx.reviewDecision.create({
      data: {
        reviewId,
        topologyId: review.topologyId,
        version: review.version,
        reviewerId: ctx.user.id,
        decision: toDbDecision(input.decision),
        comment: input.comment ?? "",
      },
    });
    const verb = input.decision === "approve" ? "approved" : "requested changes to";
    await notify(tx, [review.requestedById], ctx.user.id, {
      organizationId: ctx.organizationId,
      kind: "review.decided",
      message: `${displayName(ctx.user)} ${verb} version ${review.version} of '${review.topology.name}'.`,
      reviewId,
      topologyId: review.topologyId,
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "review.decide",
      targetType: "review",
      targetId: reviewId,
      requestId: ctx.requestId,
      afterDigest: version.digest,
      data: { topologyId: review.topologyId, version: review.version, decision: input.decision },
    });
    return {
      decision: {
        id: decision.id,
        reviewer: ctx.user,
        version: decision.version,
        decision: input.decision,
        comment: decision.comment,
        createdAt: decision.createdAt.toISOString(),
      },
    };
  });
}
