import type { SimulationAnswers, SimulationJob, SimulationResponse } from "./protocol";

/** A run that was cancelled (or replaced by a newer one) before it answered. */
export class SimulationCancelledError extends Error {
  override name = "SimulationCancelledError";
  constructor() {
    super("The simulation was cancelled.");
  }
}

export interface SimulationRun<T> {
  readonly result: Promise<T>;
  /** Stops the run now: its worker is terminated (a synchronous Monte Carlo loop cannot be interrupted otherwise). */
  cancel(): void;
}

export type WorkerFactory = () => Pick<Worker, "postMessage" | "terminate" | "onmessage" | "onerror">;

const defaultWorker: WorkerFactory = () => new Worker(new URL("./simulation.worker.ts", import.meta.url), { type: "module" });

/**
 * Runs simulation jobs off the main thread, one worker per kind of job, so a long availability run never
 * delays a timing answer and cancelling one kind leaves the others running.
 */
export function createSimulationClient(makeWorker: WorkerFactory = defaultWorker) {
  type Lane = { worker: ReturnType<WorkerFactory>; pending: Map<number, Pending> };
  type Pending = { resolve(value: unknown): void; reject(error: Error): void; onProgress?: (done: number, total: number) => void };
  const lanes = new Map<SimulationJob["kind"], Lane>();
  let nextId = 1;

  function laneFor(kind: SimulationJob["kind"]): Lane {
    const existing = lanes.get(kind);
    if (existing) return existing;
    const lane: Lane = { worker: makeWorker(), pending: new Map() };
    lane.worker.onmessage = (event: MessageEvent<SimulationResponse>) => {
      const message = event.data;
      const waiting = lane.pending.get(message.id);
      if (!waiting) return;
      if (message.type === "progress") return waiting.onProgress?.(message.done, message.total);
      lane.pending.delete(message.id);
      if (message.type === "result") waiting.resolve(message.result);
      else waiting.reject(new Error(message.message));
    };
    lane.worker.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      stop(kind, new Error(`The simulation stopped unexpectedly: ${event.message || "worker error"}`));
    };
    lanes.set(kind, lane);
    return lane;
  }

  function stop(kind: SimulationJob["kind"], reason: Error) {
    const lane = lanes.get(kind);
    if (!lane) return;
    lanes.delete(kind);
    lane.worker.terminate();
    for (const waiting of lane.pending.values()) waiting.reject(reason);
  }

  return {
    run<K extends SimulationJob["kind"]>(
      job: Extract<SimulationJob, { kind: K }>,
      onProgress?: (done: number, total: number) => void,
    ): SimulationRun<SimulationAnswers[K]> {
      const id = nextId++;
      const lane = laneFor(job.kind);
      const result = new Promise<SimulationAnswers[K]>((resolve, reject) => {
        lane.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
      });
      lane.worker.postMessage({ id, ...job });
      return {
        result,
        cancel: () => {
          if (lanes.get(job.kind)?.pending.has(id)) stop(job.kind, new SimulationCancelledError());
        },
      };
    },
    dispose() {
      for (const kind of [...lanes.keys()]) stop(kind, new SimulationCancelledError());
    },
  };
}

export type SimulationClient = ReturnType<typeof createSimulationClient>;
