import { z } from "zod";
import { PROVIDERS, RegionKeyInput } from "../region-key";
import { CONSENSUS_ALGORITHMS, ElementId } from "../schema";
import { DEFAULT_DRILL_SEED, MAX_DRILL_HORIZON_MS } from "../simulation/drill/run";
import { IsoDateTime, PersonViewSchema } from "./common";
import { MAX_STORED_INT, VersionNumber, VersionNumberText } from "./whole-numbers";

/** Saved outage drills: request bodies and views. The server plays every drill itself; a body carries no result. */

/** The most validators a drill may take down by count (the engine refuses more than the design has). */
export const MAX_DRILL_VALIDATOR_COUNT = 1000;

/**
 * What a saved drill may cost the server: validators times hours played. The engine's time grows with both
 * (about 2 s for 200 validators over an hour), and a save plays the drill inside the request.
 */
export const MAX_SAVED_DRILL_VALIDATOR_HOURS = 250;
const MS_PER_HOUR = 3_600_000;

/** Why a drill of `horizonMs` on a design with `validators` is too long to save, or null when it is not. */
export function savedDrillTooLong(validators: number, horizonMs: number): string | null {
  if (validators * horizonMs <= MAX_SAVED_DRILL_VALIDATOR_HOURS * MS_PER_HOUR) return null;
  const longestMinutes = Math.floor((MAX_SAVED_DRILL_VALIDATOR_HOURS * 60) / Math.max(validators, 1));
  return `A saved drill plays at most ${MAX_SAVED_DRILL_VALIDATOR_HOURS} validator-hours: with ${validators} validators, at most ${longestMinutes} minutes.`;
}

/** Milliseconds within the longest drill (fractions allowed: a form's 1.1 s is 1100.0000000000002 ms). */
const Ms = z.number().min(0, "must be at least 0").max(MAX_DRILL_HORIZON_MS, `must be at most ${MAX_DRILL_HORIZON_MS} ms (24 h)`);

// Shapes shared by the request (strict, with cross-field checks) and the view (which keeps a newer server's extra keys).
const failureShapes = {
  region: { kind: z.literal("region"), regionKey: RegionKeyInput.meta({ description: "A cloud region, provider:region (azure:eastus)." }) },
  provider: { kind: z.literal("provider"), provider: z.enum(PROVIDERS) },
  link: { kind: z.literal("link"), linkId: ElementId },
  validators: {
    kind: z.literal("validators"),
    count: z.number().int("must be a whole number").min(1, "must be at least 1").max(MAX_DRILL_VALIDATOR_COUNT, `must be at most ${MAX_DRILL_VALIDATOR_COUNT}`),
    regionId: ElementId.optional().meta({ description: "Validators of this document region; else those due to propose first." }),
  },
};
const specShape = {
  atMs: Ms.meta({ description: "When the failure happens, from the drill's start." }),
  recoverAtMs: Ms.optional().meta({ description: "When what failed comes back; absent: not within the drill." }),
  horizonMs: Ms.min(1, "must be at least 1").meta({ description: "How long the drill plays." }),
};

const StrictFailure = z.discriminatedUnion("kind", [
  z.object(failureShapes.region).strict(),
  z.object(failureShapes.provider).strict(),
  z.object(failureShapes.link).strict(),
  z.object(failureShapes.validators).strict(),
]);

/** A drill as a request names it: what fails, when, whether it comes back, and how long the drill plays. */
export const DrillSpecBody = z
  .object({ failure: StrictFailure, ...specShape })
  .strict()
  .superRefine((spec, ctx) => {
    if (spec.atMs >= spec.horizonMs) ctx.addIssue({ code: "custom", path: ["atMs"], message: "the failure must come before the drill ends (atMs < horizonMs)" });
    if (spec.recoverAtMs !== undefined && spec.recoverAtMs <= spec.atMs) {
      ctx.addIssue({ code: "custom", path: ["recoverAtMs"], message: "the recovery must come after the failure (recoverAtMs > atMs)" });
    }
  });
export type DrillSpecBody = z.infer<typeof DrillSpecBody>;

export const SaveDrillBody = z
  .object({
    version: VersionNumber.meta({ description: "The saved version to play the drill on." }),
    name: z.string().trim().min(1, "a name is required").max(120, "names are at most 120 characters"),
    spec: DrillSpecBody,
    seed: z.number().int("must be a whole number").min(0).max(MAX_STORED_INT).default(DEFAULT_DRILL_SEED)
      .meta({ description: "Seed of the drill's random stream; the same seed plays the same drill." }),
    reviewId: z.string().min(1).max(64).optional().meta({ description: "Attach it to this review of the same topology." }),
  })
  .strict();
export type SaveDrillBody = z.infer<typeof SaveDrillBody>;
/** What a client sends (the seed may be left out). */
export type SaveDrillInput = z.input<typeof SaveDrillBody>;

/** PATCH a drill: attach it to a review of its topology, or detach it (null). */
export const AttachDrillBody = z.object({ reviewId: z.string().min(1).max(64).nullable() }).strict();
export type AttachDrillBody = z.infer<typeof AttachDrillBody>;

export const ListDrillsQuery = z.object({ version: VersionNumberText.optional() }).strict();
export type ListDrillsQuery = z.infer<typeof ListDrillsQuery>;

/** A drill as stored and sent back. */
export const DrillSpecViewSchema = z.object({
  failure: z.discriminatedUnion("kind", [
    z.object({ ...failureShapes.region, regionKey: z.string() }),
    z.object(failureShapes.provider),
    z.object({ ...failureShapes.link, linkId: z.string() }),
    z.object({ ...failureShapes.validators, count: z.number().int(), regionId: z.string().optional() }),
  ]),
  atMs: z.number(),
  recoverAtMs: z.number().optional(),
  horizonMs: z.number(),
});
export type DrillSpecView = z.infer<typeof DrillSpecViewSchema>;

/** What the server's run of the drill found: the engine's summary, with the chain it played and what failed. */
export const SavedDrillSummarySchema = z.object({
  consensus: z.enum(CONSENSUS_ALGORITHMS),
  validators: z.number().int(),
  quorum: z.number().int(),
  failure: z.object({ label: z.string(), validatorsDown: z.number().int(), regionIds: z.array(z.string()) }),
  stalled: z.boolean(),
  stallStartMs: z.number().optional(),
  resumedAtMs: z.number().optional(),
  roundChangesBeforeRecovery: z.number().int(),
  maxGapMs: z.number(),
  blocksProduced: z.number().int(),
  /** The engine's account of the drill, in sentences. */
  summary: z.string(),
});
export type SavedDrillSummary = z.infer<typeof SavedDrillSummarySchema>;

export const DrillViewSchema = z.object({
  id: z.string(),
  topologyId: z.string(),
  /** The saved version it was played on. */
  version: z.number().int(),
  name: z.string(),
  spec: DrillSpecViewSchema,
  seed: z.number().int(),
  summary: SavedDrillSummarySchema,
  /** The review it is attached to, or null. */
  reviewId: z.string().nullable(),
  createdBy: PersonViewSchema,
  createdAt: IsoDateTime,
  /** Whether the caller may attach, detach or delete it: its creator, an admin or an owner. */
  canChange: z.boolean(),
});
export type DrillView = z.infer<typeof DrillViewSchema>;

/** POST /api/topologies/:id/drills (201) and PATCH /api/topologies/:id/drills/:drillId. */
export const DrillEnvelopeSchema = z.object({ drill: DrillViewSchema });
export type DrillEnvelope = z.infer<typeof DrillEnvelopeSchema>;

/** GET /api/topologies/:id/drills and GET /api/reviews/:id/drills: newest first. */
export const DrillListSchema = z.object({ drills: z.array(DrillViewSchema) });
export type DrillList = z.infer<typeof DrillListSchema>;

/** DELETE /api/topologies/:id/drills/:drillId. */
export const DeletedDrillSchema = z.object({ id: z.string() });

