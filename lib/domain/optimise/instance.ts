// One optimisation problem ready to solve: candidates with their coefficients, and a solve for a given
// validator count that checks the solver read the model it was given.

import { rtt } from "../latency";
import type { RegionKey } from "../region-key";
import { carbonCoefficients, type RegionCarbon } from "./carbon-coefficients";
import type { Candidate } from "./candidates";
import { candidateRegions } from "./candidates";
import { costCoefficients, rttMatrixMs, type CostCoefficients } from "./coefficients";
import { writeLp, type ConstraintGroup } from "./lp-format";
import { buildPlacementModel, y, type DemandCoverage, type ObjectiveCap, type ObjectiveWeights, type PlacementModel } from "./model";
import type { MilpSolution, MilpSolver } from "./solver";
import { objectiveWeights, type OptimiseSpec } from "./spec";

export interface Instance {
  readonly spec: OptimiseSpec;
  readonly candidates: readonly Candidate[];
  readonly costs: CostCoefficients;
  readonly carbon: readonly RegionCarbon[];
  readonly rttMs: Float64Array;
  readonly demand: readonly DemandCoverage[];
  /** Pinned regions and validator counts by candidate index (pins outside the candidates are refused earlier). */
  readonly pinnedRegions: ReadonlySet<number>;
  readonly pinnedValidators: ReadonlyMap<number, number>;
}

export interface CountSolve {
  readonly validators: number;
  readonly model: PlacementModel;
  readonly solution: MilpSolution;
}

export function prepareInstance(spec: OptimiseSpec): Instance {
  const candidates = candidateRegions(spec);
  const index = new Map(candidates.map((c, i) => [c.key as string, i]));
  const pinnedRegions = new Set((spec.pinned?.regions ?? []).flatMap((k) => (index.has(k) ? [index.get(k)!] : [])));
  const pinnedValidators = new Map<number, number>();
  for (const [key, count] of Object.entries(spec.pinned?.validators ?? {})) {
    const i = index.get(key.trim().toLowerCase());
    if (i !== undefined) pinnedValidators.set(i, count);
  }
  const demand = spec.demand.map((d) => ({
    maxRttMs: d.maxRttMs,
    rttMs: Float64Array.from(candidates, (c) => (c.key === d.region ? 0 : rtt(c.key, d.region as RegionKey).rttMs)),
  }));
  return { spec, candidates, costs: costCoefficients(candidates), carbon: carbonCoefficients(candidates), rttMs: rttMatrixMs(candidates), demand, pinnedRegions, pinnedValidators };
}

export interface SolveOverrides {
  readonly maxRttMs?: number;
  readonly maxCarbonKgMonth?: number;
  readonly weights?: ObjectiveWeights;
  readonly objectiveCaps?: readonly ObjectiveCap[];
  readonly omit?: ReadonlySet<ConstraintGroup>;
  /** false: no reductions (tests compare both). */
  readonly reduce?: boolean;
  /** Round-trip pair rows to write (solveCount adds them lazily); all pairs over the cap when absent. */
  readonly conflictPairs?: readonly (readonly [number, number])[];
}

export function modelFor(instance: Instance, validators: number, overrides: SolveOverrides = {}): PlacementModel {
  const { spec } = instance;
  const maxRttMs = overrides.maxRttMs ?? spec.maxRttMs;
  return buildPlacementModel({
    candidates: instance.candidates, costs: instance.costs, carbon: instance.carbon, rttMs: instance.rttMs, consensus: spec.consensus, validators,
    tolerateRegions: spec.tolerate.regions, tolerateProvider: spec.tolerate.provider,
    ...(spec.maxValidatorsPerRegion !== undefined ? { maxValidatorsPerRegion: spec.maxValidatorsPerRegion } : {}),
    ...(maxRttMs !== undefined ? { maxRttMs } : {}),
    ...(spec.budgetUsdMonth !== undefined ? { budgetUsdMonth: spec.budgetUsdMonth } : {}),
    ...(overrides.maxCarbonKgMonth !== undefined ? { maxCarbonKgMonth: overrides.maxCarbonKgMonth } : {}),
    ...(overrides.objectiveCaps ? { objectiveCaps: overrides.objectiveCaps } : {}),
    ...(overrides.omit ? { omit: overrides.omit } : {}),
    ...(overrides.reduce === false ? { reduce: false } : {}),
    ...(overrides.conflictPairs ? { conflictPairs: overrides.conflictPairs } : {}),
    pinnedRegions: instance.pinnedRegions, pinnedValidators: instance.pinnedValidators, demand: instance.demand,
    bootnodesPerCloud: spec.bootnodes, rpc: spec.rpc,
    weights: overrides.weights ?? objectiveWeights(spec),
  });
}

/** Rounds of lazily added round-trip rows before the remaining pairs are written all at once. */
const MAX_RTT_ROUNDS = 40;

/**
 * Solve for n validators. A round-trip cap is enforced lazily: solve with the pair rows found so far, and if
 * the answer uses two regions over the cap, add every over-cap pair of each region it used and solve again.
 * Each round is a relaxation of the full model, so the first answer that meets the cap is the full optimum;
 * with few pair rows the reductions leave out far more regions, which is where the speed comes from.
 */
export async function solveCount(solver: MilpSolver, instance: Instance, validators: number, overrides: SolveOverrides = {}): Promise<CountSolve> {
  const omit = overrides.omit ?? new Set<ConstraintGroup>();
  if (instance.candidates.length === 0) {
    const model = modelFor(instance, validators, overrides);
    return { validators, model, solution: { status: "infeasible", statusText: "No candidate region", objective: Number.NaN, values: new Map(), gapPercent: Infinity, columns: 0, rows: 0, seconds: 0 } };
  }
  const capMs = overrides.maxRttMs ?? instance.spec.maxRttMs;
  const lazy = capMs !== undefined && !omit.has("max-rtt");
  const m = instance.candidates.length;
  const pairs: [number, number][] = [];
  const written = new Set<number>();
  let seconds = 0;
  for (let round = 0; ; round++) {
    const all = !lazy || round >= MAX_RTT_ROUNDS;
    const model = modelFor(instance, validators, all ? overrides : { ...overrides, conflictPairs: pairs });
    const solution = await solveChecked(solver, model, omit);
    seconds += solution.seconds;
    const done = { validators, model, solution: { ...solution, seconds } };
    if (all || solution.values.size === 0) return done;
    const used = instance.candidates.flatMap((_, i) => ((solution.values.get(y(i)) ?? 0) > 0.5 ? [i] : []));
    const over = (i: number, j: number) => instance.rttMs[i * m + j]! > capMs;
    if (!used.some((i) => used.some((j) => j > i && over(i, j)))) return done;
    for (const i of used) for (let k = 0; k < m; k++) {
      const [a, b] = i < k ? [i, k] : [k, i];
      if (k !== i && over(a, b) && !written.has(a * m + b)) {
        written.add(a * m + b);
        pairs.push([a, b]);
      }
    }
  }
}

async function solveChecked(solver: MilpSolver, model: PlacementModel, omit: ReadonlySet<ConstraintGroup>): Promise<MilpSolution> {
  const solution = await solver(writeLp(model, omit));
  // Malformed LP text can come back "Optimal" with objective 0: make sure the solver read every column and row.
  const rows = model.constraints.filter((c) => !omit.has(c.group)).length;
  if (solution.status !== "error" && (solution.columns !== model.variables.length || solution.rows !== rows)) {
    throw new Error(`the solver read ${solution.columns} columns and ${solution.rows} rows of a model with ${model.variables.length} and ${rows}`);
  }
  return solution;
}
