import type { ForkTemplateBody } from "@/lib/domain/api";
import type { ActorContext } from "../context";
import { createTopology } from "../topologies/create-topology";
import { getTemplate } from "./get-template";

/** A new topology of the actor's organisation from a template, recorded as forked from it; counts a use. */
export async function forkTemplate(ctx: ActorContext, templateId: string, input: ForkTemplateBody) {
  const template = await getTemplate(ctx, templateId);
  const name = input.name ?? template.title;
  return createTopology(
    ctx,
    { name, description: `From the template “${template.title}”.`, document: { ...template.document, name }, message: `Forked from ${template.title}` },
    {
      forkedFrom: template.id,
      alsoInTransaction: (tx) =>
        tx.templateStat.upsert({
          where: { templateKey: template.id },
          create: { templateKey: template.id, usageCount: 1 },
          update: { usageCount: { increment: 1 } },
        }),
    },
  );
}
