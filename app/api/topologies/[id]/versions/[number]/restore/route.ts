import { VersionNumberParam } from "@/lib/domain/api";
import { readPathParam } from "@/lib/server/http/body";
import { json } from "@/lib/server/http/respond";
import { withActor } from "@/lib/server/http/route";
import { restoreVersion } from "@/lib/server/topologies/restore-version";

/** Saves an old version's document as the newest version ("Restored version N"), audited like any save. */
export const POST = withActor<{ id: string; number: string }>("topology.edit", async (_request, actor, params) =>
  json(await restoreVersion(actor, params.id, readPathParam(params, "number", VersionNumberParam)), 201),
);
