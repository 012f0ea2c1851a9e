import { z } from "zod";
import { SETTINGS_FIELDS } from "../diff/changed-elements";
import type { VersionComparison } from "../diff/compare-versions";
import { LinkSchema, NodeGroupSchema, PROVIDERS, RegionSchema } from "../schema";

/**
 * Two versions compared, as the diff and review routes send it. `compareVersions` in lib/domain/diff owns the
 * type; this schema is checked against it (and a type test holds the two equal, so neither gains a field).
 */

const ElementKind = z.enum(["region", "nodeGroup", "link"]);
const ChangeType = z.enum(["added", "removed", "changed"]);

const FieldChangeSchema = z.object({ path: z.string(), before: z.unknown().optional(), after: z.unknown().optional() });

const ElementDiffSchema = z.object({
  kind: ElementKind,
  id: z.string(),
  change: ChangeType,
  regionKeys: z.array(z.string()),
  fields: z.array(FieldChangeSchema),
  before: z.union([RegionSchema, NodeGroupSchema, LinkSchema]).optional(),
  after: z.union([RegionSchema, NodeGroupSchema, LinkSchema]).optional(),
});

const StructuralDiffSchema = z.object({
  regions: z.array(ElementDiffSchema),
  nodeGroups: z.array(ElementDiffSchema),
  links: z.array(ElementDiffSchema),
  settings: z.array(z.object({ field: z.enum(SETTINGS_FIELDS), changes: z.array(FieldChangeSchema) })),
  layout: z.boolean(),
  counts: z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int(), settings: z.number().int() }),
  lines: z.array(z.object({ kind: z.union([ElementKind, z.literal("setting")]), id: z.string(), change: ChangeType, text: z.string() })),
});

const MonthlyCost = { beforeMonthlyUsd: z.number(), afterMonthlyUsd: z.number(), deltaMonthlyUsd: z.number() };
const CostDeltaSchema = z.object({ ...MonthlyCost, byProvider: z.record(z.enum(PROVIDERS), z.object(MonthlyCost)) });

const DomainDeltaSchema = z.object({
  kind: z.enum(["region", "provider", "link"]),
  id: z.string(),
  label: z.string(),
  survivesBefore: z.boolean().nullable(),
  survivesAfter: z.boolean().nullable(),
  changed: z.boolean(),
});
const ToleranceSideSchema = z.object({
  validators: z.number().int(),
  quorum: z.number().int(),
  tolerance: z.number().int(),
  survivesWithNothingFailed: z.boolean(),
  summary: z.string(),
});
const ToleranceDeltaSchema = z.object({
  before: ToleranceSideSchema,
  after: ToleranceSideSchema,
  domains: z.array(DomainDeltaSchema),
  lost: z.array(DomainDeltaSchema),
  gained: z.array(DomainDeltaSchema),
});

const IntervalSchema = z.object({ low: z.number(), high: z.number() });
const AvailabilitySideSchema = z.object({
  method: z.enum(["exact", "monte-carlo"]),
  probability: z.number().min(0).max(1),
  downtimeMinutesPerYear: z.number().min(0),
  confidence95: IntervalSchema.optional(),
  downtimeMinutesPerYearConfidence95: IntervalSchema.optional(),
  trials: z.number().int().positive().optional(),
  seed: z.number().int().optional(),
});
const AvailabilityDeltaSchema = z.object({
  before: AvailabilitySideSchema,
  after: AvailabilitySideSchema,
  changeMinutesPerYear: z.number(),
  sentence: z.string(),
  withinSamplingError: z.boolean(),
});

const FindingTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("document") }),
  z.object({ kind: z.literal("network"), field: z.string().optional() }),
  z.object({ kind: z.literal("region"), id: z.string() }),
  z.object({ kind: z.literal("nodeGroup"), id: z.string() }),
  z.object({ kind: z.literal("link"), id: z.string() }),
]);
const FindingRefSchema = z.object({
  code: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  target: FindingTargetSchema,
});
const SeverityCounts = z.object({ errors: z.number().int(), warnings: z.number().int(), infos: z.number().int() });
const FindingsDeltaSchema = z.object({
  introduced: z.array(FindingRefSchema),
  resolved: z.array(FindingRefSchema),
  unchanged: z.number().int(),
  before: SeverityCounts,
  after: SeverityCounts,
});

export const VersionComparisonSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  structure: StructuralDiffSchema,
  cost: CostDeltaSchema,
  tolerance: ToleranceDeltaSchema,
  availability: AvailabilityDeltaSchema,
  findings: FindingsDeltaSchema,
}) satisfies z.ZodType<VersionComparison>;
