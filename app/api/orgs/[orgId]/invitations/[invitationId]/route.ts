import { withActor } from "@/lib/server/http/route";
import { revokeInvitation } from "@/lib/server/orgs/invitations";

type P = { orgId: string; invitationId: string };

export const DELETE = withActor<P>("invitation.manage", async (_request, actor, { invitationId }) => revokeInvitation(actor, invitationId));
