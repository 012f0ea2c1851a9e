import { CreateTopologyBody, ListTopologiesQuery } from "@/lib/domain/api";
import { readJsonBody, readQuery } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { withActor } from "@/lib/server/http/route";
import { createTopology } from "@/lib/server/topologies/create-topology";
import { listTopologies } from "@/lib/server/topologies/list-topologies";

export const GET = withActor("topology.read", async (request, actor) =>
  listTopologies(actor, readQuery(request, ListTopologiesQuery)),
);

export const POST = withActor("topology.create", async (request, actor) =>
  json(await createTopology(actor, await readJsonBody(request, CreateTopologyBody)), 201),
);
