import { ListDrillsQuery, SaveDrillBody } from "@/lib/domain/api";
import { listDrills } from "@/lib/server/drills/list-drills";
import { saveDrill } from "@/lib/server/drills/save-drill";
import { readJsonBody, readQuery } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { withActor } from "@/lib/server/http/route";

type P = { id: string };

/** The topology's saved drills, newest first; `?version=N` for one version's. */
export const GET = withActor<P>("topology.read", async (request, actor, { id }) => listDrills(actor, id, readQuery(request, ListDrillsQuery)));

/** Plays a drill on a saved version and keeps it: `{version, name, spec, seed?, reviewId?}`. The server computes the result. */
export const POST = withActor<P>("drill.save", async (request, actor, { id }) =>
  json(await saveDrill(actor, id, await readJsonBody(request, SaveDrillBody)), 201),
);
