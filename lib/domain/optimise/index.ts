// The optimiser: requirements in, a proven-optimal placement out (see docs/optimiser.md for the model).

export { OptimiseSpecSchema, optimiseSpecJsonSchema, objectiveWeights, validatorCounts, type OptimiseSpec, type OptimiseSpecInput, type OptimiseWeights } from "./spec";
export { candidateRegions, type Candidate } from "./candidates";
export { OptimiseInputError } from "./errors";
export { optimise, PARETO_STEPS, type OptimiseResult, type ParetoPoint, type SolverReport } from "./optimise";
export { designMetrics, type DesignMetrics } from "./metrics";
export type { MilpSolution, MilpSolver, MilpStatus } from "./solver";
