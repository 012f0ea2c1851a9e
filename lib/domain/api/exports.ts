import { z } from "zod";
import { EXPORT_TARGETS } from "../export/types";
import { atMostEntries } from "../schema";
import { VersionNumber } from "./whole-numbers";

/** The body of `POST /api/topologies/:id/export`, shared by the route handler and the browser client. */

/** One key per node: far more nodes than any network is exported with, far fewer than would slow the export. */
export const MAX_SUPPLIED_NODE_KEYS = 10_000;

const NodeKeyHex = z.string().regex(/^(0x)?[0-9a-fA-F]{64}$/, "a node key is 32 bytes of hex (64 digits, optional 0x)");

export const ExportRequestBody = z
  .object({
    /** The saved version to export; the newest when absent. */
    version: VersionNumber.optional(),
    targets: z
      .array(z.enum([...EXPORT_TARGETS, "all"]))
      .min(1, "choose at least one target")
      .max(EXPORT_TARGETS.length + 1, "name each target at most once")
      .transform((targets) => (targets.includes("all") ? [...EXPORT_TARGETS] : [...new Set(targets)] as (typeof EXPORT_TARGETS)[number][])),
    /** Node keys: generated at export time (default) or the user's own, by node name. Never stored. */
    keys: z
      .discriminatedUnion("mode", [
        z.object({ mode: z.literal("generate") }).strict(),
        z.object({ mode: z.literal("supplied"), nodeKeys: atMostEntries(z.record(z.string().max(100), NodeKeyHex), MAX_SUPPLIED_NODE_KEYS, "node keys") }).strict(),
      ])
      .default({ mode: "generate" }),
  })
  .strict();
export type ExportRequestBody = z.infer<typeof ExportRequestBody>;
export type ExportRequestInput = z.input<typeof ExportRequestBody>;

/** What the Export dialog shows of verify-bundle's report on the bundle it just built (header x-export-verify). */
export const VerifySummarySchema = z
  .object({
    /** False when the bundle holds nothing that places the nodes: then nothing was checked. */
    checked: z.boolean(),
    ok: z.boolean(),
    /** Pairs of validators and bootnodes checked, and how many of them a node's configuration dials. */
    pairs: z.number().int().min(0),
    needed: z.number().int().min(0),
    brokenCount: z.number().int().min(0),
    /** The first broken pairs, each with the resource to blame. */
    broken: z.array(z.object({ from: z.string(), to: z.string(), problem: z.string() }).strict()).max(20),
    validatorGroups: z.array(z.array(z.string())),
    overlaps: z.array(z.string()).max(20),
    notes: z.array(z.string()).max(20),
  })
  .strict();
export type VerifySummary = z.infer<typeof VerifySummarySchema>;
