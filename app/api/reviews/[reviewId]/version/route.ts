import { UpdateReviewVersionBody } from "@/lib/domain/api";
import { readJsonBody } from "@/lib/server/http/body";
import { withActor } from "@/lib/server/http/route";
import { updateReviewVersion } from "@/lib/server/reviews/update-review-version";

/** `{version}`: moves the review to a newer version; answers with what changed since the last reviewed one. */
export const POST = withActor<{ reviewId: string }>("review.request", async (request, actor, { reviewId }) =>
  updateReviewVersion(actor, reviewId, await readJsonBody(request, UpdateReviewVersionBody)),
);
