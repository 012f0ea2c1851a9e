/// <reference lib="webworker" />
// The optimiser in the browser: HiGHS runs here, off the page's thread; cancelling terminates the worker.

import { optimise, type OptimiseSpecInput } from "@/lib/domain/optimise";
import { createHighsSolver } from "@/lib/solver/highs";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const solver = createHighsSolver({ locateFile: () => "/solver/highs.wasm" });

scope.onmessage = async (event: MessageEvent<{ spec: OptimiseSpecInput }>) => {
  try {
    scope.postMessage({ type: "result", result: await optimise(event.data.spec, solver) });
  } catch (error) {
    scope.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
