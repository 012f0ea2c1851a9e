import { TEMPLATES, templateFacts, type MarketplaceTemplate, type TemplateFacts } from "@/lib/domain/templates";
import { curatedKey } from "./keys";

export interface CuratedEntry {
  key: string;
  template: MarketplaceTemplate;
  facts: TemplateFacts;
}

/** The curated catalog with its facts, computed once per process (pricing twelve designs is not free). */
let cached: CuratedEntry[] | undefined;
export function curatedCatalog(): CuratedEntry[] {
  cached ??= TEMPLATES.map((template) => ({ key: curatedKey(template.slug), template, facts: templateFacts(template.document) }));
  return cached;
}

/** When the curated catalog was compiled: what "newest" sorts it by. */
export const CURATED_SINCE = new Date("2026-11-01T00:00:00Z");
