import { withActor } from "@/lib/server/http/route";
import { getReview } from "@/lib/server/reviews/get-review";

export const GET = withActor<{ reviewId: string }>("topology.read", async (_request, actor, { reviewId }) => getReview(actor, reviewId));
