import { withActor } from "@/lib/server/http/route";
import { listMembers } from "@/lib/server/orgs/members";

export const GET = withActor<{ orgId: string }>("member.read", async (_request, actor) => listMembers(actor));
