import type { Prisma } from "@prisma/client";
import type { ActorContext } from "../context";
import { NotFoundError } from "../errors";

/**
 * Loads a topology of the actor's organisation. Another organisation's topology is "not found",
 * never "forbidden", so ids leak nothing across tenants.
 */
export async function findOwnTopology(ctx: ActorContext, id: string, tx: Prisma.TransactionClient = ctx.db) {
  const topology = await tx.topology.findFirst({ where: { id, organizationId: ctx.organizationId } });
  if (!topology) throw new NotFoundError("Topology");
  return topology;
}
