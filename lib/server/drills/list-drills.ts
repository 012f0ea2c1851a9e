import type { ListDrillsQuery } from "@/lib/domain/api";
import type { ActorContext } from "../context";
import { findOwnTopology } from "../topologies/find";
import { DRILL_LIST_LIMIT, DRILL_ORDER, drillViews } from "./views";

/** A topology's saved drills, newest first; of one version when the query names it. */
export async function listDrills(ctx: ActorContext, topologyId: string, query: ListDrillsQuery = {}) {
  await findOwnTopology(ctx, topologyId);
  const rows = await ctx.db.outageDrill.findMany({
    where: { organizationId: ctx.organizationId, topologyId, ...(query.version !== undefined && { version: query.version }) },
    orderBy: [...DRILL_ORDER],
    take: DRILL_LIST_LIMIT,
  });
  return { drills: await drillViews(ctx.db, rows, ctx) };
}
