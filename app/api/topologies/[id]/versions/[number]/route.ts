import { z } from "zod";
import { parseWith } from "@/lib/server/http/body";
import { withActor } from "@/lib/server/http/route";
import { getVersion } from "@/lib/server/topologies/get-topology";

const VersionNumber = z.coerce.number().int().min(1);

export const GET = withActor<{ id: string; number: string }>("topology.read", async (_request, actor, params) =>
  getVersion(actor, params.id, parseWith(VersionNumber, params.number, "The version number is not valid.")),
);
