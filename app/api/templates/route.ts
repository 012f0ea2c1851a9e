import { ListTemplatesQuery } from "@/lib/domain/api";
import { readQuery } from "@/lib/server/http/body";
import { withActor } from "@/lib/server/http/route";
import { listTemplates } from "@/lib/server/templates/list-templates";

/** The marketplace: curated templates and those this organisation may see, searched, filtered and sorted. */
export const GET = withActor("topology.read", async (request, actor) => listTemplates(actor, readQuery(request, ListTemplatesQuery)));
