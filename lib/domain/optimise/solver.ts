// The solver the optimiser is handed: LP text in, a solution out. The domain defines it so the model can be
// tested without a solver and run against HiGHS in a Web Worker, on the server or in the CLI alike.

export type MilpStatus = "optimal" | "infeasible" | "unbounded" | "time-limit" | "error";

export interface MilpSolution {
  readonly status: MilpStatus;
  /** The solver's own words for the status ("Optimal", "Infeasible", ...). */
  readonly statusText: string;
  readonly objective: number;
  /** Column values by variable name; empty unless a solution was found. */
  readonly values: ReadonlyMap<string, number>;
  /** Relative MIP gap in percent (0 when proven optimal); Infinity when unknown. */
  readonly gapPercent: number;
  readonly columns: number;
  readonly rows: number;
  readonly seconds: number;
}

export type MilpSolver = (lp: string) => Promise<MilpSolution>;
