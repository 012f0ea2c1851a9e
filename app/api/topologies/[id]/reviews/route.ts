import { CreateReviewBody } from "@/lib/domain/api";
import { readJsonBody } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { withActor } from "@/lib/server/http/route";
import { listReviews } from "@/lib/server/reviews/get-review";
import { requestReview } from "@/lib/server/reviews/request-review";

type P = { id: string };

export const GET = withActor<P>("topology.read", async (_request, actor, { id }) => listReviews(actor, id));

/** Asks named reviewers to review a version: `{version, reviewerIds, message}`. */
export const POST = withActor<P>("review.request", async (request, actor, { id }) =>
  json(await requestReview(actor, id, await readJsonBody(request, CreateReviewBody)), 201),
);
