import type { Prisma } from "@prisma/client";
import type { TemplateDetailView, TemplateView } from "@/lib/domain/api";
import { legacyOfFacts, type TemplateFacts } from "@/lib/domain/templates";
import type { TopologyDocument } from "@/lib/domain/schema";
import type { ActorContext } from "../context";
import { CURATED_SINCE, type CuratedEntry } from "./curated-catalog";

type Row = Prisma.TemplateGetPayload<{ include: { organization: { select: { name: true } } } }>;
export type StatsByKey = Map<string, { usageCount: number; ratingSum: number; ratingCount: number }>;

export interface ViewContext {
  stats: StatsByKey;
  mine: Map<string, number>;
}

function common(key: string, facts: TemplateFacts, ctx: ViewContext) {
  const stat = ctx.stats.get(key);
  return {
    client: facts.client,
    consensus: facts.consensus,
    providers: facts.providers,
    regions: facts.regions,
    packs: facts.packs,
    survives: facts.survives,
    validators: facts.validators,
    monthlyCostUsd: facts.monthlyCostUsd,
    legacy: legacyOfFacts(facts)?.reason ?? null,
    usageCount: stat?.usageCount ?? 0,
    rating: {
      average: stat && stat.ratingCount > 0 ? Math.round((stat.ratingSum / stat.ratingCount) * 10) / 10 : null,
      count: stat?.ratingCount ?? 0,
      mine: ctx.mine.get(key) ?? null,
    },
  };
}

export function curatedView(entry: CuratedEntry, ctx: ViewContext): TemplateView {
  const { template } = entry;
  return {
    id: entry.key,
    source: "curated",
    title: template.title,
    description: template.description,
    tags: template.tags,
    ...common(entry.key, entry.facts, ctx),
    publisher: "Meridian",
    createdAt: CURATED_SINCE.toISOString(),
    origin: null,
  };
}

export function publishedView(row: Row, actor: ActorContext, ctx: ViewContext): TemplateView {
  const own = row.organizationId === actor.organizationId;
  return {
    id: row.id,
    source: own ? "organization" : "public",
    title: row.title,
    description: row.description,
    tags: row.tags,
    ...common(row.id, row.summary as unknown as TemplateFacts, ctx),
    publisher: row.organization.name,
    createdAt: row.createdAt.toISOString(),
    // Another organisation's topology ids and versions are none of the reader's business.
    origin: own && row.sourceTopologyId !== null && row.sourceVersion !== null
      ? { topologyId: row.sourceTopologyId, version: row.sourceVersion, visibility: row.visibility }
      : null,
  };
}

export function withDocument(view: TemplateView, document: TopologyDocument): TemplateDetailView {
  return { ...view, document };
}
