import { RateTemplateBody } from "@/lib/domain/api";
import { readJsonBody } from "@/lib/server/http/body";
import { withActor } from "@/lib/server/http/route";
import { rateTemplate } from "@/lib/server/templates/rate-template";

export const POST = withActor<{ templateId: string }>("topology.read", async (request, actor, { templateId }) =>
  rateTemplate(actor, templateId, await readJsonBody(request, RateTemplateBody)),
);
