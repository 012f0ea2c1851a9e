import { ListReviewsQuery } from "@/lib/domain/api";
import { readQuery } from "@/lib/server/http/body";
import { withActor } from "@/lib/server/http/route";
import { listOrganizationReviews } from "@/lib/server/reviews/list-organization-reviews";

/** The active organisation's reviews, newest activity first: `?status=&involving=&cursor=&limit=`. */
export const GET = withActor("topology.read", async (request, actor) =>
  listOrganizationReviews(actor, readQuery(request, ListReviewsQuery)),
);
