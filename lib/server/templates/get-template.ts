import type { TemplateDetailView } from "@/lib/domain/api";
import { instantiateTemplate } from "@/lib/domain/templates";
import { readStoredDocument } from "@/lib/domain/schema";
import type { ActorContext } from "../context";
import { NotFoundError } from "../errors";
import { curatedCatalog } from "./curated-catalog";
import { curatedSlugOf } from "./keys";
import { viewContext } from "./stats";
import { curatedView, publishedView, withDocument } from "./views";
import { visibleTo, withPublisher } from "./visible";

/** One template with its document; another organisation's private template is "not found". */
export async function getTemplate(ctx: ActorContext, id: string): Promise<TemplateDetailView> {
  const slug = curatedSlugOf(id);
  if (slug !== undefined) {
    const entry = curatedCatalog().find((c) => c.template.slug === slug);
    if (!entry) throw new NotFoundError("Template");
    return withDocument(curatedView(entry, await viewContext(ctx, [entry.key])), instantiateTemplate(entry.template));
  }
  const row = await ctx.db.template.findFirst({ where: { AND: [{ id }, visibleTo(ctx)] }, include: withPublisher });
  if (!row) throw new NotFoundError("Template");
  return withDocument(publishedView(row, ctx, await viewContext(ctx, [row.id])), readStoredDocument(row.document, `template ${row.id}`));
}
