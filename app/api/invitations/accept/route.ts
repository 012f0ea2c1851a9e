import { AcceptInvitationBody } from "@/lib/domain/api";
import { readJsonBody } from "@/lib/server/http/body";
import { withSignedIn } from "@/lib/server/http/route";
import { acceptInvitation } from "@/lib/server/orgs/invitations";

/** Accepts an invitation addressed to the signed-in user's email; anything else is 404. */
export const POST = withSignedIn(async (request, me) => acceptInvitation(me, (await readJsonBody(request, AcceptInvitationBody)).token));
