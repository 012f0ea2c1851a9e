import type { Prisma } from "@prisma/client";
import type { ActorContext } from "../context";
import { NotFoundError } from "../errors";

/**
 * A saved drill of one topology of the actor's organisation. Another organisation's drill, or a drill of another
 * topology than the path names, is "not found", so ids leak nothing across tenants.
 */
export async function findOwnDrill(ctx: ActorContext, topologyId: string, drillId: string, tx: Prisma.TransactionClient = ctx.db) {
  const drill = await tx.outageDrill.findFirst({ where: { id: drillId, topologyId, organizationId: ctx.organizationId } });
  if (!drill) throw new NotFoundError("Drill");
  return drill;
}
