import { RateTemplateBody } from "@/lib/domain/api";
import { readJsonBody } from "@/lib/server/http/body";
import { withActor } from "@/lib/server/http/route";
import { rateTemplate } from "@/lib/server/templates/rate-template";

/** `{stars}`: the caller's rating, replacing their earlier one; shared data, so viewers may not (template.rate). */
export const POST = withActor<{ templateId: string }>("template.rate", async (request, actor, { templateId }) =>
  rateTemplate(actor, templateId, await readJsonBody(request, RateTemplateBody)),
);
