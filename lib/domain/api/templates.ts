import { z } from "zod";
import { COMPLIANCE_PACKS, CONSENSUS_ALGORITHMS, PROVIDERS, type Client, type CompliancePack, type Consensus, type Provider, type TopologyDocument } from "../schema";

/** The marketplace API's queries, bodies and views, shared by the route handlers and the browser client. */

export const TEMPLATE_SORTS = ["popular", "newest", "cheapest", "rating"] as const;
export const COST_BANDS = { low: [0, 1500], mid: [1500, 4000], high: [4000, Infinity] } as const;
export type CostBand = keyof typeof COST_BANDS;

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z.string().max(200).transform((s) => s.split(",").filter(Boolean)).pipe(z.array(z.enum(values)));

export const ListTemplatesQuery = z
  .object({
    q: z.string().trim().max(120).optional(),
    provider: csv(PROVIDERS).optional().meta({ description: "Comma-separated; a template matches when it uses every one." }),
    pack: csv(COMPLIANCE_PACKS).optional(),
    consensus: z.enum(CONSENSUS_ALGORITHMS).optional(),
    minRegions: z.coerce.number().int().min(1).max(100).optional(),
    maxRegions: z.coerce.number().int().min(1).max(100).optional(),
    cost: z.enum(Object.keys(COST_BANDS) as [CostBand, ...CostBand[]]).optional(),
    sort: z.enum(TEMPLATE_SORTS).default("popular"),
    fromTopology: z.string().trim().min(1).max(64).optional().meta({ description: "Only the templates this organisation published from that topology." }),
  })
  .strict();
export type ListTemplatesQuery = z.infer<typeof ListTemplatesQuery>;

export const ForkTemplateBody = z
  .object({ name: z.string().trim().min(1, "a name is required").max(120).optional() })
  .strict();
export type ForkTemplateBody = z.infer<typeof ForkTemplateBody>;

export const PublishTemplateBody = z
  .object({
    title: z.string().trim().min(1, "a title is required").max(120),
    description: z.string().trim().max(2000).default(""),
    tags: z.array(z.string().trim().min(1).max(40)).max(12).default([]),
    visibility: z.enum(["private", "public"]).default("private"),
    /** The saved version to publish; the newest when absent. */
    version: z.number().int().min(1).optional(),
  })
  .strict();
export type PublishTemplateBody = z.infer<typeof PublishTemplateBody>;

export const RateTemplateBody = z.object({ stars: z.number().int().min(1, "from 1 star").max(5, "to 5 stars") }).strict();
export type RateTemplateBody = z.infer<typeof RateTemplateBody>;

export type TemplateSource = "curated" | "organization" | "public";

export interface TemplateView {
  /** "curated.<slug>" for the catalog shipped with Meridian, else the published template's id. */
  id: string;
  source: TemplateSource;
  title: string;
  description: string;
  tags: string[];
  client: Client;
  consensus: Consensus;
  providers: Provider[];
  regions: { provider: Provider; region: string }[];
  packs: CompliancePack[];
  survives: "none" | "region" | "provider";
  validators: number;
  monthlyCostUsd: number;
  usageCount: number;
  rating: { average: number | null; count: number; mine: number | null };
  /** The organisation that published it (public and own templates). */
  publisher: string | null;
  createdAt: string;
  /** Where this organisation published it from; null for curated templates and other organisations' ones. */
  origin: TemplateOrigin | null;
  /** Why the template is legacy (its stack is no longer run by current releases), or null. */
  legacy: string | null;
}

export interface TemplateOrigin {
  topologyId: string;
  version: number;
  visibility: "private" | "public";
}

export interface TemplateDetailView extends TemplateView {
  document: TopologyDocument;
}
