import type { CreateReviewBody } from "@/lib/domain/api";
import { appendAuditEvent } from "../audit/append";
import type { ActorContext } from "../context";
import { BadRequestError, ConflictError } from "../errors";
import { notify } from "../notifications/notify";
import { findOwnTopology } from "../topologies/find";
import { displayName } from "./people";
import { reviewersAmong } from "./reviewers";
import { loadVersion } from "./version-document";
import { getReview } from "./get-review";

/**
 * Asks named reviewers to review one version. Reviewers must be members who may review (reviewer role
 * and above, unrestricted); neither the requester nor the version's author may review their own change.
 */
export async function requestReview(ctx: ActorContext, topologyId: string, input: CreateReviewBody) {
  const row = await ctx.db.$transaction(async (tx) => {
    const topology = await findOwnTopology(ctx, topologyId, tx);
    if (topology.archivedAt) throw new ConflictError("This topology is archived; restore it before asking for a review.", { archived: true });
    const version = await loadVersion(tx, topologyId, input.version);
    const selfReview = input.reviewerIds.filter((id) => id === ctx.user.id || id === version.authorId);
    if (selfReview.length > 0) {
      const who = selfReview.includes(ctx.user.id) ? "yourself" : `the author of version ${version.number}`;
      const message = `A change can't be reviewed by its author: leave out ${who}.`;
      throw new BadRequestError(message, [{ path: "reviewerIds", message }]);
    }
    const eligible = await reviewersAmong(tx, ctx.organizationId, input.reviewerIds);
    const refused = input.reviewerIds.filter((id) => !eligible.has(id));
    if (refused.length > 0) {
      const message = `not a member of this organisation who may review (reviewer role or above, not limited to regions): ${refused.join(", ")}`;
      throw new BadRequestError(`Some reviewers can't review here.`, [{ path: "reviewerIds", message }]);
    }
    const review = await tx.review.create({
      data: {
        organizationId: ctx.organizationId,
        topologyId,
        version: version.number,
        requestedById: ctx.user.id,
        message: input.message,
        reviewers: { create: input.reviewerIds.map((userId) => ({ userId })) },
      },
    });
    await notify(tx, input.reviewerIds, ctx.user.id, {
      organizationId: ctx.organizationId,
      kind: "review.requested",
      message: `${displayName(ctx.user)} asked you to review version ${version.number} of '${topology.name}'.`,
      reviewId: review.id,
      topologyId,
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "review.request",
      targetType: "review",
      targetId: review.id,
      requestId: ctx.requestId,
      afterDigest: version.digest,
      data: { topologyId, version: version.number, reviewerIds: input.reviewerIds },
    });
    return review;
  });
  return getReview(ctx, row.id);
}
