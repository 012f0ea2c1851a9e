import { COST_BANDS, type ListTemplatesQuery, type TemplateView } from "@/lib/domain/api";
import type { ActorContext } from "../context";
import { curatedCatalog } from "./curated-catalog";
import { viewContext } from "./stats";
import { curatedView, publishedView } from "./views";
import { visibleTo, withPublisher } from "./visible";

/** The marketplace: the curated catalog plus the templates this organisation may see, filtered and sorted. */
export async function listTemplates(ctx: ActorContext, query: ListTemplatesQuery): Promise<{ templates: TemplateView[] }> {
  const rows = await ctx.db.template.findMany({ where: visibleTo(ctx), include: withPublisher, orderBy: { createdAt: "desc" }, take: 500 });
  const curated = curatedCatalog();
  const views = await viewContext(ctx, [...curated.map((c) => c.key), ...rows.map((r) => r.id)]);
  const all = [...curated.map((c) => curatedView(c, views)), ...rows.map((r) => publishedView(r, ctx, views))];
  return { templates: sortTemplates(all.filter(matches(query)), query.sort) };
}

function matches(query: ListTemplatesQuery) {
  const words = (query.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const [minCost, maxCost] = query.cost ? COST_BANDS[query.cost] : [0, Infinity];
  return (t: TemplateView) => {
    if (query.fromTopology !== undefined && t.origin?.topologyId !== query.fromTopology) return false;
    const text = [t.title, t.description, ...t.tags, t.consensus, t.client, ...t.providers, ...t.regions.map((r) => r.region), ...t.packs]
      .join(" ")
      .toLowerCase();
    return (
      words.every((w) => text.includes(w)) &&
      (query.provider ?? []).every((p) => t.providers.includes(p)) &&
      (query.pack ?? []).every((p) => t.packs.includes(p)) &&
      (!query.consensus || t.consensus === query.consensus) &&
      (query.minRegions === undefined || t.regions.length >= query.minRegions) &&
      (query.maxRegions === undefined || t.regions.length <= query.maxRegions) &&
      t.monthlyCostUsd >= minCost &&
      t.monthlyCostUsd < maxCost
    );
  };
}

function sortTemplates(templates: TemplateView[], sort: ListTemplatesQuery["sort"]): TemplateView[] {
  const by: Record<ListTemplatesQuery["sort"], (a: TemplateView, b: TemplateView) => number> = {
    popular: (a, b) => b.usageCount - a.usageCount || (b.rating.average ?? 0) - (a.rating.average ?? 0),
    newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
    cheapest: (a, b) => a.monthlyCostUsd - b.monthlyCostUsd,
    rating: (a, b) => (b.rating.average ?? 0) - (a.rating.average ?? 0) || b.rating.count - a.rating.count,
  };
  // Ties keep a stable, readable order.
  return [...templates].sort((a, b) => by[sort](a, b) || a.title.localeCompare(b.title));
}
