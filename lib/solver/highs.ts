// The MILP solver behind the optimiser: HiGHS compiled to WebAssembly (`highs` on npm). Works in Node (the
// loader finds highs.wasm beside itself) and in a Web Worker (pass locateFile to say where the wasm is
// served). A solve is synchronous and blocks its thread, which is why the designer runs it in a worker.

import loadHighs, { type Highs } from "highs";
import type { MilpSolution, MilpSolver, MilpStatus } from "../domain/optimise/solver";

export interface HighsSolverOptions {
  /** Where the browser fetches highs.wasm from (Node needs nothing). */
  locateFile?: (file: string) => string;
  /** Stop after this long; the answer is then "time-limit", never "optimal". Default 30 s. */
  timeLimitSeconds?: number;
}

const STATUS_TEXT: Record<number, string> = {
  0: "Not set", 1: "Load error", 2: "Model error", 3: "Presolve error", 4: "Solve error", 5: "Postsolve error", 6: "Empty",
  7: "Optimal", 8: "Infeasible", 9: "Primal infeasible or unbounded", 10: "Unbounded", 11: "Bound on objective reached",
  12: "Target for objective reached", 13: "Time limit reached", 14: "Iteration limit reached", 15: "Unknown",
  16: "Solution limit reached", 17: "Interrupted",
};

function statusOf(code: number): MilpStatus {
  if (code === 7) return "optimal";
  if (code === 8) return "infeasible";
  if (code === 10) return "unbounded";
  if (code === 13) return "time-limit";
  return "error";
}

export function createHighsSolver(options: HighsSolverOptions = {}): MilpSolver {
  let module: Promise<Highs> | undefined;
  const load = () => (module ??= loadHighs(options.locateFile ? { locateFile: options.locateFile } : {}));
  return async (lp) => {
    const highs = await load();
    let model;
    try {
      model = highs.createModel({ format: "lp", data: lp });
    } catch (error) {
      // Unreadable LP text aborts the wasm instance: load a fresh one for the next solve.
      module = undefined;
      return failed(`LP text not readable: ${(error as Error).message}`);
    }
    try {
      // Gap 0: "Optimal" then means proven optimal, not within HiGHS's default 0.01 %.
      model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0, time_limit: options.timeLimitSeconds ?? 30 });
      model.run();
      const code = model.getModelStatus();
      const status = statusOf(code);
      const lpShape = model.getLp();
      const hasPoint = status === "optimal" || (status === "time-limit" && Number.isFinite(model.getObjectiveValue()));
      const values = new Map<string, number>();
      if (hasPoint) {
        const colValue = model.getSolution().colValue;
        for (let i = 0; i < lpShape.numCols; i++) values.set(model.getColName(i), colValue[i]!);
      }
      const gap = Number(model.info.get("mip_gap"));
      const solution: MilpSolution = {
        status,
        statusText: STATUS_TEXT[code] ?? `status ${code}`,
        objective: hasPoint ? model.getObjectiveValue() : Number.NaN,
        values,
        // Gaps of rounding size (1e-14) are zero: HiGHS was asked for a zero gap and proved it.
        gapPercent: status === "optimal" ? (gap > 1e-9 ? gap * 100 : 0) : Number.isFinite(gap) ? gap * 100 : Number.POSITIVE_INFINITY,
        columns: lpShape.numCols,
        rows: lpShape.numRows,
        seconds: model.getRunTime(),
      };
      return solution;
    } finally {
      model.dispose();
    }
  };
}

function failed(statusText: string): MilpSolution {
  return { status: "error", statusText, objective: Number.NaN, values: new Map(), gapPercent: Number.POSITIVE_INFINITY, columns: 0, rows: 0, seconds: 0 };
}
