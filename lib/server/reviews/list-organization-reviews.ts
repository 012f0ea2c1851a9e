import { encodeReviewCursor, type ListReviewsQuery, type ReviewListPage } from "@/lib/domain/api";
import type { ActorContext } from "../context";
import { reviewPageRows } from "./review-page-rows";
import { REVIEW_INCLUDE, reviewSummaries } from "./views";

/**
 * The active organisation's reviews, newest activity first, one page at a time. A region-scoped member
 * sees all of them, as they see every topology and its reviews: their scope limits changes, not reading.
 */
export async function listOrganizationReviews(ctx: ActorContext, query: ListReviewsQuery): Promise<ReviewListPage> {
  const rows = await reviewPageRows(ctx, query);
  const page = rows.slice(0, query.limit);
  const ids = page.map((r) => r.id);
  const [reviews, counts] = await Promise.all([
    ctx.db.review.findMany({ where: { id: { in: ids }, organizationId: ctx.organizationId }, include: REVIEW_INCLUDE }),
    ctx.db.reviewComment.groupBy({ by: ["reviewId"], where: { reviewId: { in: ids } }, _count: { _all: true } }),
  ]);
  const summaries = new Map((await reviewSummaries(ctx.db, reviews)).map((s) => [s.id, s]));
  const commentCount = new Map(counts.map((c) => [c.reviewId, c._count._all]));
  const last = page[page.length - 1];
  return {
    // A review removed between the two reads (its topology deleted) is left out.
    reviews: page.flatMap((row) => {
      const summary = summaries.get(row.id);
      return summary ? [{ ...summary, commentCount: commentCount.get(row.id) ?? 0, lastActivityAt: new Date(row.activityMs).toISOString() }] : [];
    }),
    nextCursor: rows.length > query.limit && last ? encodeReviewCursor(last) : null,
  };
}
