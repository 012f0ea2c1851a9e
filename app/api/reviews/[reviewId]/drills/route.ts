import { listReviewDrills } from "@/lib/server/drills/list-review-drills";
import { withActor } from "@/lib/server/http/route";

/** The drills attached to the review, newest first. */
export const GET = withActor<{ reviewId: string }>("topology.read", async (_request, actor, { reviewId }) => listReviewDrills(actor, reviewId));
