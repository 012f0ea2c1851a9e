import type { Prisma } from "@prisma/client";
import type { ActorContext } from "../context";

/** Published templates an organisation may see: its own (private or public) and everyone's public ones. */
export function visibleTo(ctx: ActorContext): Prisma.TemplateWhereInput {
  return { OR: [{ organizationId: ctx.organizationId }, { visibility: "public" }] };
}

export const withPublisher = { organization: { select: { name: true } } } as const;
