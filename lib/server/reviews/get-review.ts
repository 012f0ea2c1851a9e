import type { ActorContext } from "../context";
import { NotFoundError } from "../errors";
import { findOwnTopology } from "../topologies/find";
import { REVIEW_INCLUDE, reviewSummaries, reviewView } from "./views";

/** Reviews of one topology, newest first. */
export async function listReviews(ctx: ActorContext, topologyId: string) {
  await findOwnTopology(ctx, topologyId);
  const rows = await ctx.db.review.findMany({
    where: { topologyId, organizationId: ctx.organizationId },
    include: REVIEW_INCLUDE,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
  });
  return { reviews: await reviewSummaries(ctx.db, rows) };
}

/** One review with its comments and every decision, on any of the versions it covered. */
export async function getReview(ctx: ActorContext, reviewId: string) {
  const row = await ctx.db.review.findFirst({ where: { id: reviewId, organizationId: ctx.organizationId }, include: REVIEW_INCLUDE });
  if (!row) throw new NotFoundError("Review");
  const comments = await ctx.db.reviewComment.findMany({ where: { reviewId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return { review: await reviewView(ctx.db, row, comments, ctx) };
}
