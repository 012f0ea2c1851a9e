import { ReviewDecisionBody } from "@/lib/domain/api";
import { readJsonBody } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { withActor } from "@/lib/server/http/route";
import { decideReview } from "@/lib/server/reviews/decide-review";

/** `{decision: "approve" | "request-changes", comment?}` by a named reviewer; nobody approves their own change (403). */
export const POST = withActor<{ reviewId: string }>("review.decide", async (request, actor, { reviewId }) =>
  json(await decideReview(actor, reviewId, await readJsonBody(request, ReviewDecisionBody)), 201),
);
