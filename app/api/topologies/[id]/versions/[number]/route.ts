import { VersionNumberParam } from "@/lib/domain/api";
import { readPathParam } from "@/lib/server/http/body";
import { withActor } from "@/lib/server/http/route";
import { getVersion } from "@/lib/server/topologies/get-topology";

export const GET = withActor<{ id: string; number: string }>("topology.read", async (_request, actor, params) =>
  getVersion(actor, params.id, readPathParam(params, "number", VersionNumberParam)),
);
