// What the team needs from a network, as the optimiser reads it: one zod schema gives the types, the
// validation with clear messages, and the JSON Schema.

import { z } from "zod";
import { RegionKeyInput, PROVIDERS, PROVIDER_LABELS, type RegionKey } from "../region-key";
import { CLIENTS, COMPLIANCE_PACKS, CONSENSUS_ALGORITHMS, CONSENSUS_BY_CLIENT } from "../schema/enums";

/** Validator counts the optimiser enumerates: one solve per count, so the range stays small. */
export const MAX_VALIDATOR_RANGE = 16;
export const MAX_VALIDATORS = 64;

const ValidatorCount = z.number().int().min(1).max(MAX_VALIDATORS);

const ValidatorRange = z
  .strictObject({ min: ValidatorCount, max: ValidatorCount })
  .refine((r) => r.min <= r.max, { message: "min must not exceed max", path: ["min"] })
  .refine((r) => r.max - r.min < MAX_VALIDATOR_RANGE, { message: `a range covers at most ${MAX_VALIDATOR_RANGE} counts`, path: ["max"] });

const Weights = z
  .strictObject({
    cost: z.number().min(0).default(0).meta({ description: "Weight per USD a month." }),
    latency: z.number().min(0).default(0).meta({ description: "Weight per ms of the largest round trip between validator regions." }),
    carbon: z.number().min(0).default(0).meta({ description: "Weight per kg CO2e a month." }),
  })
  .refine((w) => w.cost + w.latency + w.carbon > 0, { message: "give at least one positive weight" });

const DemandPoint = z.strictObject({
  region: RegionKeyInput.meta({ description: "Where the demand is: the region nearest the users, fleet or site." }),
  share: z.number().positive().max(1).meta({ description: "Its share of the traffic (reported; RPC count is the spec's rpc)." }),
  maxRttMs: z.number().positive().max(2000).meta({ description: "Round trip to the nearest RPC node must not exceed this, ms." }),
});

const Pinned = z.strictObject({
  regions: z.array(RegionKeyInput).max(64).default([]).meta({ description: "Regions that must hold validators." }),
  validators: z.record(z.string(), z.number().int().min(1).max(MAX_VALIDATORS)).default({}).meta({ description: "Validator counts kept as they are, by region key." }),
});

export const OPTIMISE_OBJECTIVES = ["cost", "latency", "carbon"] as const;

export const OptimiseSpecSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120).default("Optimised network"),
    client: z.enum(CLIENTS),
    consensus: z.enum(CONSENSUS_ALGORITHMS),
    validators: z.union([ValidatorCount, ValidatorRange]).meta({ description: "A count, or {min, max} to let the optimiser choose." }),
    tolerate: z
      .strictObject({
        regions: z.number().int().min(0).max(3).default(1).meta({ description: "Survive the loss of any this many regions at once." }),
        provider: z.boolean().default(false).meta({ description: "Survive the loss of any one whole cloud." }),
      })
      .default({ regions: 1, provider: false }),
    providers: z.array(z.enum(PROVIDERS)).min(1).max(PROVIDERS.length).optional().meta({ description: "Clouds allowed; all three when absent." }),
    regions: z.array(RegionKeyInput).min(1).max(200).optional().meta({ description: "Allow list of region keys (aws:eu-west-1); all eligible when absent." }),
    excludeRegions: z.array(RegionKeyInput).max(200).default([]),
    packs: z.array(z.enum(COMPLIANCE_PACKS)).max(COMPLIANCE_PACKS.length).default([]),
    maxValidatorsPerRegion: z.number().int().min(1).max(MAX_VALIDATORS).optional(),
    maxRttMs: z.number().positive().max(2000).optional().meta({ description: "Largest round trip allowed between two validator regions, ms." }),
    budgetUsdMonth: z.number().positive().max(1e9).optional(),
    objective: z.union([z.enum(OPTIMISE_OBJECTIVES), Weights]).default("cost"),
    bootnodes: z.number().int().min(0).max(1).default(1).meta({ description: "Bootnodes per cloud used (0 or 1)." }),
    rpc: z.number().int().min(0).max(16).default(0).meta({ description: "RPC nodes, placed where they cost least among the regions used." }),
    chainId: z.number().int().min(1).max(4_294_967_295).default(1337),
    pinned: Pinned.optional().meta({ description: "What the user fixed: kept as is while the rest is optimised." }),
    demand: z.array(DemandPoint).max(32).default([]).meta({ description: "Demand points each needing an RPC node within its round trip." }),
  })
  .superRefine((s, ctx) => {
    const supported = CONSENSUS_BY_CLIENT[s.client];
    if (!supported.includes(s.consensus)) {
      ctx.addIssue({ code: "custom", path: ["consensus"], message: `${s.client} doesn't run ${s.consensus}; it supports ${supported.join(", ")}` });
    }
    s.providers?.forEach((p, i) => {
      if (s.providers!.indexOf(p) !== i) ctx.addIssue({ code: "custom", path: ["providers", i], message: `${PROVIDER_LABELS[p]} is listed twice` });
    });
    if (s.demand.length > 0 && s.rpc === 0) ctx.addIssue({ code: "custom", path: ["rpc"], message: "demand points need RPC nodes: set rpc to 1 or more" });
    for (const key of Object.keys(s.pinned?.validators ?? {})) {
      if (!RegionKeyInput.safeParse(key).success) ctx.addIssue({ code: "custom", path: ["pinned", "validators", key], message: "region keys look like azure:westeurope or aws:us-east-1" });
    }
    if (s.tolerate.provider && s.providers?.length === 1) {
      ctx.addIssue({ code: "custom", path: ["tolerate", "provider"], message: "surviving the loss of a cloud needs at least two providers" });
    }
  });

export type OptimiseSpec = z.output<typeof OptimiseSpecSchema>;
export type OptimiseSpecInput = z.input<typeof OptimiseSpecSchema>;
export type OptimiseWeights = z.output<typeof Weights>;

/** The validator counts to solve for, smallest first. */
export function validatorCounts(spec: OptimiseSpec): number[] {
  const { min, max } = typeof spec.validators === "number" ? { min: spec.validators, max: spec.validators } : spec.validators;
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/** The objective as weights: a single goal is a weight of 1 on it. */
export function objectiveWeights(spec: OptimiseSpec): OptimiseWeights {
  const o = spec.objective;
  if (typeof o !== "string") return o;
  return { cost: o === "cost" ? 1 : 0, latency: o === "latency" ? 1 : 0, carbon: o === "carbon" ? 1 : 0 };
}

export function allowedRegionKeys(spec: OptimiseSpec): ReadonlySet<RegionKey> | undefined {
  return spec.regions ? new Set(spec.regions) : undefined;
}

/** The spec's JSON Schema, for editors and the API. */
export function optimiseSpecJsonSchema(): unknown {
  return z.toJSONSchema(OptimiseSpecSchema, { io: "input", unrepresentable: "any" });
}
