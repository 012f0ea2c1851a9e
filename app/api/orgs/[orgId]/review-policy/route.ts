import { ReviewPolicyBody } from "@/lib/domain/api";
import { readJsonBody } from "@/lib/server/http/body";
import { withActor } from "@/lib/server/http/route";
import { getReviewPolicy, updateReviewPolicy } from "@/lib/server/reviews/review-policy";

type P = { orgId: string };

export const GET = withActor<P>("org.read", async (_request, actor) => getReviewPolicy(actor));

/** `{approvalsRequired: 0..10}`: approvals a production version needs before export (admins and owners). */
export const PATCH = withActor<P>("org.settings", async (request, actor) => updateReviewPolicy(actor, await readJsonBody(request, ReviewPolicyBody)));
