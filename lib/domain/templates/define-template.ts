import { TopologyDocumentSchema, type Provider } from "../schema";
import { templateLegacy } from "./facts";
import type { MarketplaceTemplate, TemplateDefinition } from "./types";

/**
 * Parses the document through the schema (so a malformed template fails at load and in tests, never in a
 * user's editor) and derives the metadata the document already states.
 */
export function defineTemplate(definition: TemplateDefinition): MarketplaceTemplate {
  const document = TopologyDocumentSchema.parse(definition.document);
  const providers: Provider[] = [];
  for (const r of document.regions) if (!providers.includes(r.provider)) providers.push(r.provider);
  return {
    ...definition,
    document,
    client: document.network.client,
    consensus: document.network.consensus,
    providers,
    regions: document.regions.map((r) => ({ provider: r.provider, region: r.region })),
    ...(templateLegacy(document) ? { legacy: templateLegacy(document)! } : {}),
  };
}
