import { withActor } from "@/lib/server/http/route";
import { listVersions } from "@/lib/server/topologies/get-topology";

export const GET = withActor<{ id: string }>("topology.read", async (_request, actor, { id }) => listVersions(actor, id));
