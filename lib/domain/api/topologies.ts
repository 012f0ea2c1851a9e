import { z } from "zod";
import { TopologyDocumentSchema } from "../schema";
import { IsoDateTime, PersonViewSchema } from "./common";
import { queryText } from "./storable-text";
import { intText, VersionNumber, VersionNumberText } from "./whole-numbers";

/** Request bodies and answers of the topology API, shared by the route handlers and the browser client. */

const Name = z.string().trim().min(1, "a name is required").max(120, "names are at most 120 characters");
const Description = z.string().max(2000);

export const CreateTopologyBody = z
  .object({
    name: Name,
    description: Description.optional(),
    /** A topology document; its shape is checked against the document schema. Defaults to a starter network. */
    document: z.unknown().optional(),
    message: z.string().max(500).optional(),
  })
  .strict();
export type CreateTopologyBody = z.infer<typeof CreateTopologyBody>;

export const SaveVersionBody = z
  .object({
    baseVersion: VersionNumber.meta({ description: "The version this edit started from." }),
    document: z.unknown(),
    message: z.string().max(500).default(""),
  })
  .strict()
  .refine((b) => b.document !== undefined, { message: "a document is required", path: ["document"] });
export type SaveVersionBody = z.infer<typeof SaveVersionBody>;

export const UpdateTopologyBody = z
  .object({ name: Name.optional(), description: Description.optional(), archived: z.boolean().optional() })
  .strict()
  .refine((b) => b.name !== undefined || b.description !== undefined || b.archived !== undefined, {
    message: "nothing to change: give a name, a description or archived",
  });
export type UpdateTopologyBody = z.infer<typeof UpdateTopologyBody>;

export const ListTopologiesQuery = z
  .object({
    q: queryText(120).optional(),
    archived: z.enum(["only", "include", "exclude"]).default("exclude"),
    cursor: queryText(64).optional(),
    limit: intText({ max: 100 }).default(50),
  })
  .strict();
export type ListTopologiesQuery = z.infer<typeof ListTopologiesQuery>;

/** The rule engine's counts for a saved version, under the organisation's policy. */
export const ValidationCountsSchema = z.object({ errors: z.number().int(), warnings: z.number().int(), infos: z.number().int() });
export type ValidationCounts = z.infer<typeof ValidationCountsSchema>;

export const TopologySummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  currentVersion: z.number().int(),
  archived: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type TopologySummary = z.infer<typeof TopologySummarySchema>;

export const VersionSummarySchema = z.object({
  number: z.number().int(),
  message: z.string(),
  digest: z.string(),
  author: PersonViewSchema,
  createdAt: IsoDateTime,
  validation: ValidationCountsSchema,
});
export type VersionSummary = z.infer<typeof VersionSummarySchema>;

/** GET /api/topologies: a page of the list; `nextCursor` continues it. */
export const TopologyListPageSchema = z.object({ topologies: z.array(TopologySummarySchema), nextCursor: z.string().nullable() });
export type TopologyListPage = z.infer<typeof TopologyListPageSchema>;

/** POST /api/topologies (and a template's fork): the new topology and its first version's counts. */
export const CreatedTopologySchema = z.object({ topology: TopologySummarySchema, version: z.number().int(), validation: ValidationCountsSchema });
export type CreatedTopology = z.infer<typeof CreatedTopologySchema>;

/** GET /api/topologies/:id/versions/:n: one saved version with its document, upgraded to the current schema. */
export const VersionDetailSchema = z.object({ version: VersionSummarySchema, document: TopologyDocumentSchema });
export type VersionDetail = z.infer<typeof VersionDetailSchema>;

/** GET /api/topologies/:id: the topology with its newest version's document. */
export const TopologyDetailSchema = VersionDetailSchema.extend({ topology: TopologySummarySchema });
export type TopologyDetail = z.infer<typeof TopologyDetailSchema>;

export const VersionListSchema = z.object({ versions: z.array(VersionSummarySchema) });
export type VersionList = z.infer<typeof VersionListSchema>;

/** PUT /api/topologies/:id: the version just stored. */
export const SavedVersionSchema = z.object({ version: z.number().int(), digest: z.string(), validation: ValidationCountsSchema });
export type SavedVersion = z.infer<typeof SavedVersionSchema>;

/** POST /api/topologies/:id/versions/:n/restore: a save of version `restoredFrom`'s document. */
export const RestoredVersionSchema = SavedVersionSchema.extend({ restoredFrom: z.number().int() });
export type RestoredVersion = z.infer<typeof RestoredVersionSchema>;

/**
 * The details of a 409 on save: the base is stale, and this is the version saved meanwhile, so the editor
 * can show what changed and offer to save on top of it.
 */
export const SaveConflictDetailsSchema = z.object({
  currentVersion: z.object({
    number: z.number().int(),
    digest: z.string(),
    message: z.string(),
    authorName: z.string().nullable(),
    createdAt: IsoDateTime,
    document: TopologyDocumentSchema,
  }),
});
export type SaveConflictDetails = z.infer<typeof SaveConflictDetailsSchema>;

/** A version number in a path, as routes receive it (text): digits, within the stored column's range. */
export const VersionNumberParam = VersionNumberText;
