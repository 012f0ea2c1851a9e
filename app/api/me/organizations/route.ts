import { ACTIVE_ORG_COOKIE, ACTIVE_ORG_HEADER, cookieValue } from "@/lib/server/http/caller";
import { withSignedIn } from "@/lib/server/http/route";
import { myOrganizations } from "@/lib/server/orgs/my-organizations";

/** The signed-in user's organisations, their role and permissions in each, and the active one. */
export const GET = withSignedIn(async (request, me) =>
  myOrganizations(me, request.headers.get(ACTIVE_ORG_HEADER) ?? cookieValue(request.headers.get("cookie"), ACTIVE_ORG_COOKIE) ?? undefined),
);
