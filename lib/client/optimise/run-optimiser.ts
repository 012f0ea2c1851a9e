import type { OptimiseResult, OptimiseSpecInput } from "@/lib/domain/optimise";

export interface OptimiserRun {
  readonly result: Promise<OptimiseResult>;
  /** Stops the solver now (its worker is terminated). */
  cancel(): void;
}

export class OptimiserCancelledError extends Error {
  override name = "OptimiserCancelledError";
  constructor() {
    super("The optimiser was stopped.");
  }
}

/** One optimisation in a worker of its own. */
export function runOptimiser(spec: OptimiseSpecInput): OptimiserRun {
  const worker = new Worker(new URL("./optimise.worker.ts", import.meta.url), { type: "module" });
  let reject: (error: Error) => void = () => undefined;
  const result = new Promise<OptimiseResult>((resolve, fail) => {
    reject = fail;
    worker.onmessage = (event: MessageEvent<{ type: "result"; result: OptimiseResult } | { type: "error"; message: string }>) => {
      worker.terminate();
      if (event.data.type === "result") resolve(event.data.result);
      else fail(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      fail(new Error(`The optimiser stopped unexpectedly: ${event.message || "worker error"}`));
    };
  });
  worker.postMessage({ spec });
  return {
    result,
    cancel() {
      worker.terminate();
      reject(new OptimiserCancelledError());
    },
  };
}
