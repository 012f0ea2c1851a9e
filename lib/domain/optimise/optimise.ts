// optimise(spec, solver): the cheapest (or fastest, greenest, or weighted best) design that meets the spec,
// proven optimal by the solver, with its metrics, a cost x latency x carbon Pareto front and plain-words reasons.

import { CARBON_SOURCES } from "../carbon";
import type { TopologyDocument } from "../schema";
import { designDocument, decodePlacement } from "./decode";
import { OptimiseInputError } from "./errors";
import { explainInfeasible, explainPlacement } from "./explain";
import { designMetrics, type DesignMetrics } from "./metrics";
import { prepareInstance, solveCount, type CountSolve, type Instance, type SolveOverrides } from "./instance";
import { candidateRegions, unknownRegionKeys } from "./candidates";
import type { MilpSolver } from "./solver";
import { objectiveWeights, OptimiseSpecSchema, validatorCounts, type OptimiseSpec, type OptimiseSpecInput } from "./spec";
import { Z, type ObjectiveCap } from "./model";
import { nonDominated, type ParetoPoint } from "./pareto";

export type { ParetoPoint } from "./pareto";

export interface SolverReport {
  /** "optimal" only when every solve behind the answer was proven optimal with a zero gap. */
  status: "optimal" | "feasible" | "infeasible" | "error";
  optimal: boolean;
  /** The largest gap among the solves behind the answer, percent. */
  gapPercent: number;
  /** Time inside the solver, all solves, seconds. */
  seconds: number;
  solves: number;
}

export interface OptimiseResult {
  feasible: boolean;
  design?: TopologyDocument;
  metrics?: DesignMetrics;
  /** The model's objective at the answer (USD a month for cost; ms for latency; kg CO2e for carbon; weighted otherwise). */
  objective?: number;
  pareto: ParetoPoint[];
  explanation: string[];
  solver: SolverReport;
  /** Where the carbon figures come from: one attribution line per published table. */
  sources: readonly string[];
}

/** Pareto steps per axis: latency caps falling from the cost optimum, and carbon caps between the two ends. */
export const PARETO_STEPS = 4;

const COST_ONLY = { cost: 1, latency: 0, carbon: 0 } as const;

interface Best {
  solve: CountSolve;
  gapPercent: number;
  seconds: number;
  solves: number;
  allOptimal: boolean;
}
type Found = Best | { best: undefined; seconds: number; solves: number; error: boolean };

/** Best over the validator counts (smallest objective; fewer validators on a tie). */
async function solveAllCounts(solver: MilpSolver, instance: Instance, overrides: SolveOverrides): Promise<Found> {
  let best: CountSolve | undefined;
  let seconds = 0;
  let gapPercent = 0;
  let allOptimal = true;
  let error = false;
  const counts = validatorCounts(instance.spec);
  for (const n of counts) {
    const s = await solveCount(solver, instance, n, overrides);
    seconds += s.solution.seconds;
    if (s.solution.status === "error") error = true;
    if (s.solution.status === "infeasible") continue;
    if (s.solution.status !== "optimal") allOptimal = false;
    if (s.solution.values.size === 0) continue;
    gapPercent = Math.max(gapPercent, s.solution.gapPercent);
    if (!best || s.solution.objective < best.solution.objective - 1e-9) best = s;
  }
  if (!best) return { best: undefined, seconds, solves: counts.length, error };
  return { solve: best, gapPercent, seconds, solves: counts.length, allOptimal: allOptimal && !error };
}

/** Both stages' effort, the second stage's answer. */
function merge(first: Best, second: Found): Found {
  if (!("solve" in second)) return first;
  return { ...second, seconds: first.seconds + second.seconds, solves: first.solves + second.solves, allOptimal: first.allOptimal && second.allOptimal, gapPercent: Math.max(first.gapPercent, second.gapPercent) };
}

/**
 * Minimise the weighted objective; when cost has no weight, a second stage finds the cheapest design that keeps
 * the first stage's value (else the solver may pick any of many equally fast or green designs, whatever they cost).
 */
async function lexicographic(solver: MilpSolver, instance: Instance, weights: { cost: number; latency: number; carbon: number }, extra: SolveOverrides = {}): Promise<{ found: Found; objective?: number }> {
  const found = await solveAllCounts(solver, instance, { ...extra, weights });
  if (!("solve" in found)) return { found };
  const objective = found.solve.solution.objective;
  const slack = (value: number) => value + 1e-6 * Math.max(1, Math.abs(value));
  // Latency alone is kept as a round-trip cap (pair rows, added lazily) rather than through z.
  const latencyOnly = weights.cost === 0 && weights.carbon === 0;
  const kept: SolveOverrides = latencyOnly ? { ...extra, maxRttMs: (found.solve.solution.values.get(Z) ?? 0) + 1e-6 } : extra;
  const caps: ObjectiveCap[] = latencyOnly ? [] : [{ ...weights, limit: slack(objective) }];
  let staged: Best = found;
  if (weights.cost === 0) {
    const next = merge(found, await solveAllCounts(solver, instance, { ...kept, weights: COST_ONLY, objectiveCaps: caps }));
    if ("solve" in next) {
      staged = next;
      caps.push({ ...COST_ONLY, limit: slack(next.solve.solution.objective) });
    }
  }
  // Among designs as good, the fewest regions: traffic between regions and the second VPN, which the model
  // leaves out, only grow with them. Solved for the chosen count only, every earlier stage's value kept.
  const one: Instance = { ...instance, spec: { ...instance.spec, validators: staged.solve.validators } };
  const fewest = merge(staged, await solveAllCounts(solver, one, { ...kept, weights: { cost: 0, latency: 0, carbon: 0, regions: 1 }, objectiveCaps: caps }));
  return { found: fewest, objective };
}

function checkRegions(spec: OptimiseSpec): void {
  const unknown = unknownRegionKeys(spec);
  if (unknown.length > 0) throw new OptimiseInputError(`not in any region catalog: ${unknown.join(", ")}`);
  const eligible = new Set<string>(candidateRegions(spec).map((c) => c.key));
  const pinned = [...(spec.pinned?.regions ?? []), ...Object.keys(spec.pinned?.validators ?? {}).map((k) => k.trim().toLowerCase())];
  const outside = pinned.filter((k) => !eligible.has(k));
  if (outside.length > 0) throw new OptimiseInputError(`pinned but not eligible under the spec's clouds, lists and packs: ${[...new Set(outside)].join(", ")}`);
}

export async function optimise(input: OptimiseSpecInput, solver: MilpSolver): Promise<OptimiseResult> {
  const parsed = OptimiseSpecSchema.safeParse(input);
  if (!parsed.success) {
    throw new OptimiseInputError("the optimiser spec is not valid", parsed.error.issues.map((i) => `${i.path.join(".") || "(spec)"}: ${i.message}`));
  }
  const spec = parsed.data;
  checkRegions(spec);

  const instance = prepareInstance(spec);
  const weights = objectiveWeights(spec);
  const { found, objective } = await lexicographic(solver, instance, weights);
  if (!("solve" in found)) {
    const status = found.error ? "error" : "infeasible";
    return {
      feasible: false,
      pareto: [],
      explanation: status === "error" ? ["The solver failed on this model."] : await explainInfeasible(solver, instance),
      solver: { status, optimal: false, gapPercent: Infinity, seconds: found.seconds, solves: found.solves },
      sources: CARBON_SOURCES,
    };
  }

  const placement = decodePlacement(instance, found.solve.solution.values);
  const design = designDocument(instance, placement);
  const metrics = designMetrics(design);
  const front = await paretoFront(solver, instance, found.solve.validators);
  const optimal = found.allOptimal && found.gapPercent === 0;
  return {
    feasible: true,
    design,
    metrics,
    objective: objective ?? found.solve.solution.objective,
    pareto: front.points,
    explanation: explainPlacement(instance, placement, weights),
    solver: { status: optimal ? "optimal" : "feasible", optimal, gapPercent: found.gapPercent, seconds: found.seconds + front.seconds, solves: found.solves + front.solves },
    sources: CARBON_SOURCES,
  };
}

/**
 * Designs of the answer's validator count, each optimal for one goal under caps on the others: the cost
 * optimum; the cheapest under a falling cap on the largest round trip; the lowest-carbon design (cheapest of
 * those); the cheapest under carbon caps between the two ends. Of these, only the points no other point
 * dominates on (cost, round trip, carbon) are kept. Costs are priced designs (traffic included).
 */
async function paretoFront(solver: MilpSolver, base: Instance, validators: number): Promise<{ points: ParetoPoint[]; seconds: number; solves: number }> {
  const instance: Instance = { ...base, spec: { ...base.spec, validators } };
  const points: ParetoPoint[] = [];
  let seconds = 0;
  let solves = 0;
  const record = (found: Found): ParetoPoint | undefined => {
    seconds += found.seconds;
    solves += found.solves;
    if (!("solve" in found)) return undefined;
    const placement = decodePlacement(instance, found.solve.solution.values);
    const m = designMetrics(designDocument(instance, placement));
    const point: ParetoPoint = {
      costUsdMonth: m.costUsdMonth, modelCostUsdMonth: m.modelCostUsdMonth, maxRttMs: m.maxRttMs, carbonKgCo2eMonth: m.carbonKgCo2eMonth,
      validators: found.solve.validators, regions: placement.map((p) => p.key),
    };
    points.push(point);
    return point;
  };
  const cheapest = record(await solveAllCounts(solver, instance, { weights: COST_ONLY }));
  let last = cheapest;
  for (let step = 0; last && last.maxRttMs > 0 && step < PARETO_STEPS; step++) {
    last = record(await solveAllCounts(solver, instance, { weights: COST_ONLY, maxRttMs: last.maxRttMs - 0.05 }));
  }
  const greenest = await lexicographic(solver, instance, { cost: 0, latency: 0, carbon: 1 });
  const green = record(greenest.found);
  if (cheapest && green && green.carbonKgCo2eMonth < cheapest.carbonKgCo2eMonth - 1e-6) {
    const span = cheapest.carbonKgCo2eMonth - green.carbonKgCo2eMonth;
    for (let k = 1; k < PARETO_STEPS; k++) {
      record(await solveAllCounts(solver, instance, { weights: COST_ONLY, maxCarbonKgMonth: cheapest.carbonKgCo2eMonth - (span * k) / PARETO_STEPS }));
    }
  }
  return { points: nonDominated(points), seconds, solves };
}
