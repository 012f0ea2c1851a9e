import { SaveVersionBody, UpdateTopologyBody } from "@/lib/domain/api";
import { readJsonBody } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { withActor } from "@/lib/server/http/route";
import { getTopology } from "@/lib/server/topologies/get-topology";
import { saveVersion } from "@/lib/server/topologies/save-version";
import { updateTopology } from "@/lib/server/topologies/update-topology";

type P = { id: string };

export const GET = withActor<P>("topology.read", async (_request, actor, { id }) => getTopology(actor, id));

/** Saves a new version on top of `baseVersion` (409 when stale). */
export const PUT = withActor<P>("topology.edit", async (request, actor, { id }) =>
  json(await saveVersion(actor, id, await readJsonBody(request, SaveVersionBody)), 201),
);

/** Renames, describes, archives (`archived: true`) or restores a topology. */
export const PATCH = withActor<P>("topology.archive", async (request, actor, { id }) =>
  updateTopology(actor, id, await readJsonBody(request, UpdateTopologyBody)),
);
