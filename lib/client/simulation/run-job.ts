import { computeAvailability, runDrill, simulateTiming } from "@/lib/domain/simulation";
import type { SimulationRequest, SimulationResponse } from "./protocol";

/** How often a long run reports progress, at most. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Runs one request and posts its answer (with progress for availability). The worker's whole job; kept apart
 * from the worker's global scope so it is tested directly.
 */
export function runSimulationJob(request: SimulationRequest, post: (response: SimulationResponse) => void, now: () => number = Date.now): void {
  const { id } = request;
  try {
    switch (request.kind) {
      case "timing":
        post({ id, type: "result", kind: "timing", result: simulateTiming(request.doc, request.options) });
        return;
      case "drill":
        post({ id, type: "result", kind: "drill", result: runDrill(request.doc, request.drill, request.options) });
        return;
      case "availability": {
        let lastReport = -Infinity;
        const result = computeAvailability(request.doc, {
          ...request.options,
          onProgress(done, total) {
            const t = now();
            if (t - lastReport < PROGRESS_INTERVAL_MS && done < total) return;
            lastReport = t;
            post({ id, type: "progress", done, total });
          },
        });
        post({ id, type: "result", kind: "availability", result });
        return;
      }
    }
  } catch (error) {
    post({ id, type: "error", message: error instanceof Error ? error.message : String(error) });
  }
}
