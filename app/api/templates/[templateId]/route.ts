import { withActor } from "@/lib/server/http/route";
import { getTemplate } from "@/lib/server/templates/get-template";

export const GET = withActor<{ templateId: string }>("topology.read", async (_request, actor, { templateId }) => getTemplate(actor, templateId));
