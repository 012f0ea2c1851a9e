import { z } from "zod";
import { CLIENTS, COMPLIANCE_PACKS, CONSENSUS_ALGORITHMS, PROVIDERS, TopologyDocumentSchema } from "../schema";
import { SURVIVABLE } from "../templates/types";
import { IsoDateTime } from "./common";
import { CreatedTopologySchema } from "./topologies";
import { queryText } from "./storable-text";
import { intText, VersionNumber } from "./whole-numbers";

/** The marketplace API's queries, bodies and views, shared by the route handlers and the browser client. */

export const TEMPLATE_SORTS = ["popular", "newest", "cheapest", "rating"] as const;
export const COST_BANDS = { low: [0, 1500], mid: [1500, 4000], high: [4000, Infinity] } as const;
export type CostBand = keyof typeof COST_BANDS;

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z.string().max(200).transform((s) => s.split(",").filter(Boolean)).pipe(z.array(z.enum(values)));

export const ListTemplatesQuery = z
  .object({
    q: queryText(120, { trim: true }).optional(),
    provider: csv(PROVIDERS).optional().meta({ description: "Comma-separated; a template matches when it uses every one." }),
    pack: csv(COMPLIANCE_PACKS).optional(),
    consensus: z.enum(CONSENSUS_ALGORITHMS).optional(),
    minRegions: intText({ max: 100 }).optional(),
    maxRegions: intText({ max: 100 }).optional(),
    cost: z.enum(Object.keys(COST_BANDS) as [CostBand, ...CostBand[]]).optional(),
    sort: z.enum(TEMPLATE_SORTS).default("popular"),
    fromTopology: queryText(64, { trim: true }).min(1).optional().meta({ description: "Only the templates this organisation published from that topology." }),
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
    version: VersionNumber.optional(),
  })
  .strict();
export type PublishTemplateBody = z.infer<typeof PublishTemplateBody>;

export const RateTemplateBody = z.object({ stars: z.number().int().min(1, "from 1 star").max(5, "to 5 stars") }).strict();
export type RateTemplateBody = z.infer<typeof RateTemplateBody>;

export const TEMPLATE_SOURCES = ["curated", "organization", "public"] as const;
export type TemplateSource = (typeof TEMPLATE_SOURCES)[number];

const Visibility = z.enum(["private", "public"]);

export const TemplateOriginSchema = z.object({
  topologyId: z.string(),
  version: z.number().int(),
  visibility: Visibility,
});
export type TemplateOrigin = z.infer<typeof TemplateOriginSchema>;

export const TemplateRatingSchema = z.object({
  average: z.number().nullable(),
  count: z.number().int(),
  /** The caller's own stars, if they rated it. */
  mine: z.number().int().nullable(),
});

export const TemplateViewSchema = z.object({
  /** "curated.<slug>" for the catalog shipped with Meridian, else the published template's id. */
  id: z.string(),
  source: z.enum(TEMPLATE_SOURCES),
  title: z.string(),
  description: z.string(),
  tags: z.array(z.string()),
  client: z.enum(CLIENTS),
  consensus: z.enum(CONSENSUS_ALGORITHMS),
  providers: z.array(z.enum(PROVIDERS)),
  regions: z.array(z.object({ provider: z.enum(PROVIDERS), region: z.string() })),
  packs: z.array(z.enum(COMPLIANCE_PACKS)),
  survives: z.enum(SURVIVABLE),
  validators: z.number().int(),
  monthlyCostUsd: z.number(),
  usageCount: z.number().int(),
  rating: TemplateRatingSchema,
  /** The organisation that published it (public and own templates). */
  publisher: z.string().nullable(),
  createdAt: IsoDateTime,
  /** Where this organisation published it from; null for curated templates and other organisations' ones. */
  origin: TemplateOriginSchema.nullable(),
  /** Why the template is legacy (its stack is no longer run by current releases), or null. */
  legacy: z.string().nullable(),
});
export type TemplateView = z.infer<typeof TemplateViewSchema>;

export const TemplateDetailViewSchema = TemplateViewSchema.extend({ document: TopologyDocumentSchema });
export type TemplateDetailView = z.infer<typeof TemplateDetailViewSchema>;

/** GET /api/templates. */
export const TemplateListSchema = z.object({ templates: z.array(TemplateViewSchema) });
export type TemplateList = z.infer<typeof TemplateListSchema>;

/** POST /api/templates/:id/fork: the new topology, as creating one answers. */
export const ForkedTemplateSchema = CreatedTopologySchema;

/** POST /api/templates/:id/rating: the template's rating with the caller's stars in it. */
export const RatedTemplateSchema = z.object({ rating: TemplateRatingSchema });

/** POST /api/topologies/:id/publish. */
export const PublishedTemplateSchema = z.object({ template: z.object({ id: z.string(), title: z.string(), visibility: Visibility }) });
export type PublishedTemplate = z.infer<typeof PublishedTemplateSchema>;
