import { z } from "zod";

/** Request bodies of the topology API, shared by the route handlers and the browser client. */

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
    baseVersion: z.number().int().min(1).meta({ description: "The version this edit started from." }),
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
    q: z.string().max(120).optional(),
    archived: z.enum(["only", "include", "exclude"]).default("exclude"),
    cursor: z.string().max(64).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();
export type ListTopologiesQuery = z.infer<typeof ListTopologiesQuery>;

export interface ValidationCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface TopologySummary {
  id: string;
  name: string;
  description: string;
  currentVersion: number;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface VersionSummary {
  number: number;
  message: string;
  digest: string;
  author: { id: string; name: string | null; email: string | null };
  createdAt: string;
  validation: ValidationCounts;
}

/** A version number in a path, as routes receive it (text). */
export const VersionNumberParam = z.coerce.number().int().min(1);
