// The optimiser: requirements in, a proven-optimal placement out (see docs/optimiser.md for the model).

export { OptimiseSpecSchema, optimiseSpecJsonSchema, objectiveWeights, validatorCounts, type OptimiseSpec, type OptimiseSpecInput, type OptimiseWeights } from "./spec";
export { candidateRegions, type Candidate } from "./candidates";
export { OptimiseInputError } from "./errors";
export { optimise, PARETO_STEPS, type OptimiseResult, type ParetoPoint, type SolverReport } from "./optimise";
export { nonDominated, dominates } from "./pareto";
export { designMetrics, type DesignMetrics } from "./metrics";
export type { MilpSolution, MilpSolver, MilpStatus } from "./solver";
export { requirementsOf, withPlacement, EXTRA_VALIDATORS_TO_CONSIDER } from "./requirements-of";
