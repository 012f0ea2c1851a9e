import { AttachDrillBody } from "@/lib/domain/api";
import { attachDrill } from "@/lib/server/drills/attach-drill";
import { deleteDrill } from "@/lib/server/drills/delete-drill";
import { readJsonBody } from "@/lib/server/http/body";
import { withActor } from "@/lib/server/http/route";

type P = { id: string; drillId: string };

/** Attaches the drill to a review of its topology, or detaches it: `{reviewId: string | null}`. */
export const PATCH = withActor<P>("drill.save", async (request, actor, { id, drillId }) =>
  attachDrill(actor, id, drillId, await readJsonBody(request, AttachDrillBody)),
);

export const DELETE = withActor<P>("drill.save", async (_request, actor, { id, drillId }) => deleteDrill(actor, id, drillId));
