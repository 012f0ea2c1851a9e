import type { UpdateReviewVersionBody } from "@/lib/domain/api";
import { compareVersions } from "@/lib/domain/diff/compare-versions";
import { appendAuditEvent } from "../audit/append";
import type { ActorContext } from "../context";
import { BadRequestError, ForbiddenError, NotFoundError } from "../errors";
import { notify } from "../notifications/notify";
import { findOwnReview } from "./find-review";
import { getReview } from "./get-review";
import { mayMoveReview } from "@/lib/domain/authz";
import { displayName, peopleById } from "./people";
import { rulePolicyOf } from "./review-policy";
import { loadVersion } from "./version-document";

/**
 * Moves a review to a newer version of its topology and tells the reviewers; only its requester, an admin
 * or an owner may. Answers with what changed since the last version anyone decided on in this review (the
 * review's previous version when nobody has).
 */
export async function updateReviewVersion(ctx: ActorContext, reviewId: string, input: UpdateReviewVersionBody) {
  const { lastReviewed } = await ctx.db.$transaction(async (tx) => {
    const review = await findOwnReview(ctx, reviewId, tx);
    if (!mayMoveReview({ role: ctx.role, userId: ctx.user.id }, review)) {
      const requester = displayName((await peopleById(tx, [review.requestedById]))(review.requestedById));
      throw new ForbiddenError(`Only ${requester}, who asked for this review, or an admin or owner may move it to a newer version.`, undefined, "not_review_requester");
    }
    if (input.version <= review.version) {
      const message = `the review is on version ${review.version}; move it to a newer one`;
      throw new BadRequestError(`Version ${input.version} is not newer than the version under review: ${message}.`, [{ path: "version", message }]);
    }
    if (input.version > review.topology.currentVersion) throw new NotFoundError(`Version ${input.version}`);
    const lastDecision = await tx.reviewDecision.findFirst({ where: { reviewId }, orderBy: { seq: "desc" }, select: { version: true } });
    const next = await loadVersion(tx, review.topologyId, input.version);
    await tx.review.update({ where: { id: reviewId }, data: { version: input.version } });
    await notify(tx, review.reviewers.map((r) => r.userId), ctx.user.id, {
      organizationId: ctx.organizationId,
      kind: "review.updated",
      message: `${displayName(ctx.user)} moved the review of '${review.topology.name}' from version ${review.version} to version ${input.version}.`,
      reviewId,
      topologyId: review.topologyId,
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actor: ctx.user,
      action: "review.update",
      targetType: "review",
      targetId: reviewId,
      requestId: ctx.requestId,
      afterDigest: next.digest,
      data: { topologyId: review.topologyId, version: input.version, changes: { version: { from: review.version, to: input.version } } },
    });
    return { lastReviewed: lastDecision?.version ?? review.version };
  });
  const { review } = await getReview(ctx, reviewId);
  const [from, to, policy] = await Promise.all([
    loadVersion(ctx.db, review.topologyId, lastReviewed),
    loadVersion(ctx.db, review.topologyId, input.version),
    rulePolicyOf(ctx.db, ctx.organizationId),
  ]);
  return { review, changesSinceLastReviewed: compareVersions(from, to, { policy }) };
}
