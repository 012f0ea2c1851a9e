// optimise(spec, solver): the cheapest (or fastest, or weighted best) design that meets the spec, proven
// optimal by the solver, with its metrics, a cost x latency Pareto front and plain-words reasons.

import type { TopologyDocument } from "../schema";
import { designDocument, decodePlacement } from "./decode";
import { OptimiseInputError } from "./errors";
import { explainInfeasible, explainPlacement } from "./explain";
import { evaluate } from "./lp-format";
import { designMetrics, type DesignMetrics } from "./metrics";
import { prepareInstance, solveCount, type CountSolve, type Instance, type SolveOverrides } from "./instance";
import { unknownRegionKeys } from "./candidates";
import type { MilpSolver } from "./solver";
import { objectiveWeights, OptimiseSpecSchema, validatorCounts, type OptimiseSpecInput } from "./spec";
import { Z } from "./model";

export interface ParetoPoint {
  costUsdMonth: number;
  modelCostUsdMonth: number;
  maxRttMs: number;
  validators: number;
  regions: string[];
}

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
  /** The model's objective at the answer (USD a month for cost; ms for latency; weighted otherwise). */
  objective?: number;
  pareto: ParetoPoint[];
  explanation: string[];
  solver: SolverReport;
}

/** Pareto points beyond the cost-optimal one: each caps the largest round trip below the last point's. */
export const PARETO_STEPS = 4;

interface Best {
  solve: CountSolve;
  gapPercent: number;
  seconds: number;
  solves: number;
  allOptimal: boolean;
}

/** Best over the validator counts (smallest objective; fewer validators on a tie). */
async function solveAllCounts(solver: MilpSolver, instance: Instance, overrides: SolveOverrides): Promise<Best | { best: undefined; seconds: number; solves: number; error: boolean }> {
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

export async function optimise(input: OptimiseSpecInput, solver: MilpSolver): Promise<OptimiseResult> {
  const parsed = OptimiseSpecSchema.safeParse(input);
  if (!parsed.success) {
    throw new OptimiseInputError("the optimiser spec is not valid", parsed.error.issues.map((i) => `${i.path.join(".") || "(spec)"}: ${i.message}`));
  }
  const spec = parsed.data;
  if (objectiveWeights(spec).carbon > 0) {
    throw new OptimiseInputError("the carbon objective is not yet available: no per-region grid intensity table is bundled yet; use cost, latency or their weights");
  }
  const unknown = unknownRegionKeys(spec);
  if (unknown.length > 0) throw new OptimiseInputError(`not in any region catalog: ${unknown.join(", ")}`);

  const instance = prepareInstance(spec);
  const weights = objectiveWeights(spec);
  const latencyOnly = weights.cost === 0;
  let found = await solveAllCounts(solver, instance, {});
  let objective: number | undefined;
  if ("solve" in found) {
    objective = found.solve.solution.objective;
    if (latencyOnly) {
      // Lexicographic: the smallest largest round trip first, then the cheapest design that keeps it.
      const zStar = found.solve.solution.values.get(Z) ?? 0;
      const cheapest = await solveAllCounts(solver, instance, { weights: { cost: 1, latency: 0 }, maxRttMs: zStar + 1e-6 });
      if ("solve" in cheapest) found = { ...cheapest, seconds: found.seconds + cheapest.seconds, solves: found.solves + cheapest.solves, allOptimal: found.allOptimal && cheapest.allOptimal, gapPercent: Math.max(found.gapPercent, cheapest.gapPercent) };
    }
  }
  if (!("solve" in found)) {
    const status = found.error ? "error" : "infeasible";
    return {
      feasible: false,
      pareto: [],
      explanation: status === "error" ? ["The solver failed on this model."] : await explainInfeasible(solver, instance),
      solver: { status, optimal: false, gapPercent: Infinity, seconds: found.seconds, solves: found.solves },
    };
  }

  const placement = decodePlacement(instance, found.solve.solution.values);
  const design = designDocument(instance, placement);
  const metrics = designMetrics(design);
  const pareto = await paretoFront(solver, instance, found.solve.validators, metrics, placement.map((p) => p.key));
  const optimal = found.allOptimal && found.gapPercent === 0;
  return {
    feasible: true,
    design,
    metrics,
    objective: objective ?? evaluate(found.solve.model.objective, found.solve.solution.values),
    pareto,
    explanation: explainPlacement(instance, placement),
    solver: { status: optimal ? "optimal" : "feasible", optimal, gapPercent: found.gapPercent, seconds: found.seconds + pareto.seconds, solves: found.solves + pareto.solves },
  };
}

/**
 * Cost-optimal designs of the answer's validator count under a falling cap on the largest round trip, until
 * none is feasible. Costs are priced designs (traffic included), so a later point can cost what an earlier did.
 */
async function paretoFront(solver: MilpSolver, base: Instance, validators: number, first: DesignMetrics, firstRegions: string[]): Promise<ParetoPoint[] & { seconds: number; solves: number }> {
  const instance: Instance = { ...base, spec: { ...base.spec, validators } };
  const points: ParetoPoint[] = [];
  let seconds = 0;
  let solves = 0;
  const start = await solveAllCounts(solver, instance, { weights: { cost: 1, latency: 0 } });
  seconds += start.seconds;
  solves += start.solves;
  let current: { metrics: DesignMetrics; regions: string[]; validators: number } | undefined;
  if ("solve" in start) {
    const placement = decodePlacement(instance, start.solve.solution.values);
    current = { metrics: designMetrics(designDocument(instance, placement)), regions: placement.map((p) => p.key), validators: start.solve.validators };
  } else current = { metrics: first, regions: firstRegions, validators: first.tolerance.validators };
  for (let step = 0; current && step <= PARETO_STEPS; step++) {
    const m = current.metrics;
    points.push({ costUsdMonth: m.costUsdMonth, modelCostUsdMonth: m.modelCostUsdMonth, maxRttMs: m.maxRttMs, validators: current.validators, regions: current.regions });
    if (m.maxRttMs === 0 || step === PARETO_STEPS) break;
    const next = await solveAllCounts(solver, instance, { weights: { cost: 1, latency: 0 }, maxRttMs: m.maxRttMs - 0.05 });
    seconds += next.seconds;
    solves += next.solves;
    if (!("solve" in next)) break;
    const placement = decodePlacement(instance, next.solve.solution.values);
    current = { metrics: designMetrics(designDocument(instance, placement)), regions: placement.map((p) => p.key), validators: next.solve.validators };
  }
  return Object.assign(points, { seconds, solves });
}
