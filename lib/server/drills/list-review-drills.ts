import type { ActorContext } from "../context";
import { findOwnReview } from "../reviews/find-review";
import { DRILL_LIST_LIMIT, DRILL_ORDER, drillViews } from "./views";

/** The drills attached to a review of the actor's organisation, newest first. */
export async function listReviewDrills(ctx: ActorContext, reviewId: string) {
  await findOwnReview(ctx, reviewId);
  const rows = await ctx.db.outageDrill.findMany({
    where: { organizationId: ctx.organizationId, reviewId },
    orderBy: [...DRILL_ORDER],
    take: DRILL_LIST_LIMIT,
  });
  return { drills: await drillViews(ctx.db, rows, ctx) };
}
