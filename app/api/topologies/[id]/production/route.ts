import { ApprovalStatusQuery, ProductionBody } from "@/lib/domain/api";
import { readJsonBody, readQuery } from "@/lib/server/http/body";
import { withActor } from "@/lib/server/http/route";
import { getApprovalStatus, setProduction } from "@/lib/server/reviews/production";

type P = { id: string };

/** Whether the topology is production and whether a version (`?version=N`, newest by default) may be exported. */
export const GET = withActor<P>("topology.read", async (request, actor, { id }) =>
  getApprovalStatus(actor, id, readQuery(request, ApprovalStatusQuery).version),
);

/** `{production: true|false}`: admins and owners only, since it decides whether exports need approvals. */
export const PATCH = withActor<P>("topology.production", async (request, actor, { id }) =>
  setProduction(actor, id, await readJsonBody(request, ProductionBody)),
);
