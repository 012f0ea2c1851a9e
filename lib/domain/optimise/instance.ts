// One optimisation problem ready to solve: candidates with their coefficients, and a solve for a given
// validator count that checks the solver read the model it was given.

import type { Candidate } from "./candidates";
import { candidateRegions } from "./candidates";
import { costCoefficients, rttMatrixMs, type CostCoefficients } from "./coefficients";
import { writeLp, type ConstraintGroup } from "./lp-format";
import { buildPlacementModel, type PlacementModel } from "./model";
import type { MilpSolution, MilpSolver } from "./solver";
import { objectiveWeights, type OptimiseSpec } from "./spec";

export interface Instance {
  readonly spec: OptimiseSpec;
  readonly candidates: readonly Candidate[];
  readonly costs: CostCoefficients;
  readonly rttMs: Float64Array;
}

export interface CountSolve {
  readonly validators: number;
  readonly model: PlacementModel;
  readonly solution: MilpSolution;
}

export function prepareInstance(spec: OptimiseSpec): Instance {
  const candidates = candidateRegions(spec);
  return { spec, candidates, costs: costCoefficients(candidates), rttMs: rttMatrixMs(candidates) };
}

export interface SolveOverrides {
  readonly maxRttMs?: number;
  readonly weights?: { cost: number; latency: number };
  readonly omit?: ReadonlySet<ConstraintGroup>;
}

export function modelFor(instance: Instance, validators: number, overrides: SolveOverrides = {}): PlacementModel {
  const { spec } = instance;
  const weights = objectiveWeights(spec);
  const maxRttMs = overrides.maxRttMs ?? spec.maxRttMs;
  return buildPlacementModel({
    candidates: instance.candidates, costs: instance.costs, rttMs: instance.rttMs, consensus: spec.consensus, validators,
    tolerateRegions: spec.tolerate.regions, tolerateProvider: spec.tolerate.provider,
    ...(spec.maxValidatorsPerRegion !== undefined ? { maxValidatorsPerRegion: spec.maxValidatorsPerRegion } : {}),
    ...(maxRttMs !== undefined ? { maxRttMs } : {}),
    ...(spec.budgetUsdMonth !== undefined ? { budgetUsdMonth: spec.budgetUsdMonth } : {}),
    bootnodesPerCloud: spec.bootnodes, rpc: spec.rpc,
    weights: overrides.weights ?? { cost: weights.cost, latency: weights.latency },
  });
}

export async function solveCount(solver: MilpSolver, instance: Instance, validators: number, overrides: SolveOverrides = {}): Promise<CountSolve> {
  const model = modelFor(instance, validators, overrides);
  const omit = overrides.omit ?? new Set<ConstraintGroup>();
  if (instance.candidates.length === 0) {
    return { validators, model, solution: { status: "infeasible", statusText: "No candidate region", objective: Number.NaN, values: new Map(), gapPercent: Infinity, columns: 0, rows: 0, seconds: 0 } };
  }
  const solution = await solver(writeLp(model, omit));
  // Malformed LP text can come back "Optimal" with objective 0: make sure the solver read every column and row.
  const rows = model.constraints.filter((c) => !omit.has(c.group)).length;
  if (solution.status !== "error" && (solution.columns !== model.variables.length || solution.rows !== rows)) {
    throw new Error(`the solver read ${solution.columns} columns and ${solution.rows} rows of a model with ${model.variables.length} and ${rows}`);
  }
  return { validators, model, solution };
}
