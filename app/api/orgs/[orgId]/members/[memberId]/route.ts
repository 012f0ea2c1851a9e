import { UpdateMemberBody } from "@/lib/domain/api";
import { readJsonBody } from "@/lib/server/http/body";
import { withActor } from "@/lib/server/http/route";
import { removeMember, updateMember } from "@/lib/server/orgs/members";

type P = { orgId: string; memberId: string };

/** Changes a member's role and/or region scope. */
export const PATCH = withActor<P>("member.manage", async (request, actor, { memberId }) =>
  updateMember(actor, memberId, await readJsonBody(request, UpdateMemberBody)),
);

export const DELETE = withActor<P>("member.manage", async (_request, actor, { memberId }) => removeMember(actor, memberId));
