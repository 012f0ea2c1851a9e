/// <reference lib="webworker" />
// The designer's simulation worker: one request at a time; cancelling a run terminates the worker.

import type { SimulationRequest, SimulationResponse } from "./protocol";
import { runSimulationJob } from "./run-job";

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<SimulationRequest>) => {
  runSimulationJob(event.data, (response: SimulationResponse) => scope.postMessage(response));
};
