import { describe, expect, it } from "vitest";
import { starterDocument } from "@/lib/domain/starter";
import { simulateTiming } from "@/lib/domain/simulation";
import type { SimulationRequest, SimulationResponse } from "./protocol";
import { runSimulationJob } from "./run-job";
import { createSimulationClient, SimulationCancelledError, type WorkerFactory } from "./simulation-client";

/** A worker that runs the real job in this thread, a tick after the request, as a browser worker would. */
function inThreadWorkers(created: { terminated: boolean }[]): WorkerFactory {
  return () => {
    const state = { terminated: false };
    created.push(state);
    const worker = {
      onmessage: null as ((event: MessageEvent<SimulationResponse>) => void) | null,
      onerror: null,
      postMessage(request: SimulationRequest) {
        setTimeout(() => {
          if (state.terminated) return;
          runSimulationJob(request, (response) => !state.terminated && worker.onmessage?.({ data: response } as MessageEvent<SimulationResponse>));
        }, 0);
      },
      terminate() {
        state.terminated = true;
      },
    };
    return worker as unknown as ReturnType<WorkerFactory>;
  };
}

describe("the simulation client", () => {
  const doc = starterDocument("Worker");

  it("answers each kind of job with the engine's own result, and reports availability progress", async () => {
    const client = createSimulationClient(inThreadWorkers([]));
    const progress: number[] = [];
    const [timing, availability, drill] = await Promise.all([
      client.run({ kind: "timing", doc }).result,
      client.run({ kind: "availability", doc }, (done, total) => progress.push(done / total)).result,
      client.run({ kind: "drill", doc, drill: { failure: { kind: "region", regionKey: "azure:eastus" }, atMs: 10_000, horizonMs: 60_000 } }).result,
    ]);
    expect(timing).toEqual(simulateTiming(doc));
    expect(availability.probability).toBeGreaterThan(0.9);
    expect(progress.at(-1)).toBe(1);
    expect(drill.summary.stalled).toBe(true);
  });

  it("cancels a run by stopping its worker, leaving other kinds running", async () => {
    const workers: { terminated: boolean }[] = [];
    const client = createSimulationClient(inThreadWorkers(workers));
    const availability = client.run({ kind: "availability", doc });
    const timing = client.run({ kind: "timing", doc });
    availability.cancel();
    await expect(availability.result).rejects.toBeInstanceOf(SimulationCancelledError);
    await expect(timing.result).resolves.toMatchObject({ consensus: "qbft" });
    expect(workers.map((w) => w.terminated)).toEqual([true, false]);
  });

  it("turns an engine error into a rejected run with its message", async () => {
    const client = createSimulationClient(inThreadWorkers([]));
    const run = client.run({ kind: "drill", doc, drill: { failure: { kind: "region", regionKey: "aws:us-east-1" }, atMs: 1_000, horizonMs: 60_000 } });
    await expect(run.result).rejects.toThrow(/aws:us-east-1/);
  });
});
