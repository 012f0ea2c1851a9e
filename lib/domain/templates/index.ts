// Marketplace templates: curated, complete topology documents with metadata, checked by the rule engine in
// tests and priced by the cost model on demand.

import type { TopologyDocument } from "../schema";
import { TEMPLATES } from "./catalog";
import type { MarketplaceTemplate } from "./types";

export * from "./types";
export { TEMPLATES };
export { defineTemplate } from "./define-template";
export { templateMonthlyCostUsd } from "./cost";
export { summarizeTemplate } from "./summary";

export function getTemplate(slug: string): MarketplaceTemplate | undefined {
  return TEMPLATES.find((t) => t.slug === slug);
}

/** A fresh copy of a template's document for a new design (templates are shared; never hand them out). */
export function instantiateTemplate(template: MarketplaceTemplate, name?: string): TopologyDocument {
  const doc = structuredClone(template.document);
  if (name !== undefined) doc.name = name;
  return doc;
}
export { legacyOfFacts, survivableOf, templateFacts, templateLegacy, type TemplateFacts } from "./facts";
