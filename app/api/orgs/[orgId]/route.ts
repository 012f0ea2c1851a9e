import { UpdateOrganizationBody } from "@/lib/domain/api";
import { readJsonBody } from "@/lib/server/http/body";
import { withActor } from "@/lib/server/http/route";
import { getOrganization, updateOrganization } from "@/lib/server/orgs/settings";

type P = { orgId: string };

export const GET = withActor<P>("org.read", async (_request, actor) => getOrganization(actor));

/** Name, ssoDomain and ssoRequired (admins and owners). */
export const PATCH = withActor<P>("org.settings", async (request, actor) =>
  updateOrganization(actor, await readJsonBody(request, UpdateOrganizationBody)),
);
