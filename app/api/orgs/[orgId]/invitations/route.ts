import { CreateInvitationBody } from "@/lib/domain/api";
import { readJsonBody } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { withActor } from "@/lib/server/http/route";
import { createInvitation, listInvitations } from "@/lib/server/orgs/invitations";
import { publicOrigin } from "@/lib/server/orgs/public-origin";

type P = { orgId: string };

export const GET = withActor<P>("invitation.manage", async (_request, actor) => listInvitations(actor));

/** The response carries the invitation link once; only its token's hash is stored. */
export const POST = withActor<P>("invitation.manage", async (request, actor) =>
  json(await createInvitation(actor, await readJsonBody(request, CreateInvitationBody), publicOrigin(request)), 201),
);
