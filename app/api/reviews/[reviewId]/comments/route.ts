import { ReviewCommentBody } from "@/lib/domain/api";
import { readJsonBody } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { withActor } from "@/lib/server/http/route";
import { commentOnReview } from "@/lib/server/reviews/comment-on-review";

/** A comment on the version under review, optionally pinned to a regionId, nodeGroupId or linkId. */
export const POST = withActor<{ reviewId: string }>("review.comment", async (request, actor, { reviewId }) =>
  json(await commentOnReview(actor, reviewId, await readJsonBody(request, ReviewCommentBody)), 201),
);
