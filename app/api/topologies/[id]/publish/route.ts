import { PublishTemplateBody } from "@/lib/domain/api";
import { readJsonBody } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { withActor } from "@/lib/server/http/route";
import { publishTemplate } from "@/lib/server/templates/publish-template";

/** Publishes a saved version as a template: private to the organisation, or public (admins, clean designs). */
export const POST = withActor<{ id: string }>("template.publish", async (request, actor, { id }) =>
  json(await publishTemplate(actor, id, await readJsonBody(request, PublishTemplateBody)), 201),
);
