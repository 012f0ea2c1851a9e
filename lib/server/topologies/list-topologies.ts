import type { Prisma } from "@prisma/client";
import type { ListTopologiesQuery } from "@/lib/domain/api";
import type { ActorContext } from "../context";
import { topologyView } from "./views";

export async function listTopologies(ctx: ActorContext, query: ListTopologiesQuery) {
  const where: Prisma.TopologyWhereInput = { organizationId: ctx.organizationId };
  if (query.archived === "exclude") where.archivedAt = null;
  if (query.archived === "only") where.archivedAt = { not: null };
  const q = query.q?.trim();
  if (q) {
    where.OR = [
      { name: { contains: q, mode: "insensitive" } },
      { description: { contains: q, mode: "insensitive" } },
    ];
  }
  const rows = await ctx.db.topology.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    ...(query.cursor && { cursor: { id: query.cursor }, skip: 1 }),
  });
  const page = rows.slice(0, query.limit);
  return {
    topologies: page.map(topologyView),
    nextCursor: rows.length > query.limit ? page[page.length - 1]!.id : null,
  };
}
