import { ForkTemplateBody } from "@/lib/domain/api";
import { readJsonBody } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { withActor } from "@/lib/server/http/route";
import { forkTemplate } from "@/lib/server/templates/fork-template";

/** Uses a template: a new topology of the caller's organisation, recorded as forked from it. */
export const POST = withActor<{ templateId: string }>("topology.create", async (request, actor, { templateId }) =>
  json(await forkTemplate(actor, templateId, await readJsonBody(request, ForkTemplateBody)), 201),
);
