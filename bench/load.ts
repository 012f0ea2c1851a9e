// A closed-loop load generator: `clients` workers each run one operation after another until the deadline.

import { round, summarize, type Summary } from "./stats";

export interface LoadResult extends Summary {
  clients: number;
  seconds: number;
  throughputPerSec: number;
  errors: number;
  firstError?: string;
  /** CPU time of this Node process (user + system) per completed operation: client-side cost of the stack. */
  nodeCpuMsPerOp: number;
  /** This process's CPU use during the run, % of one core; near 100 means the Node thread is the bottleneck. */
  nodeCpuPercent: number;
}

/** `op(client, i)` is client's i-th operation; only operations that start before the deadline are counted. */
export async function runLoad(
  clients: number,
  durationMs: number,
  op: (client: number, i: number) => Promise<unknown>,
): Promise<LoadResult> {
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const t0 = performance.now();
        try {
          await op(client, i);
          samples.push(performance.now() - t0);
        } catch (error) {
          errors++;
          firstError ??= error instanceof Error ? error.message.slice(0, 300) : String(error);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return {
    clients,
    seconds: round(seconds, 2),
    throughputPerSec: round(samples.length / seconds, 1),
    errors,
    ...(firstError ? { firstError } : {}),
    nodeCpuMsPerOp: round(cpuMs / Math.max(1, samples.length), 2),
    nodeCpuPercent: round(cpuMs / 10 / seconds, 0),
    ...summarize(samples),
  };
}

/** Ours beside the raw baseline: latency overhead (p50 ÷ p50) and throughput ratio (ours ÷ raw). */
export function compare(ours: LoadResult, raw: LoadResult) {
  return {
    ours,
    raw,
    overheadRatio: round(ours.p50Ms / raw.p50Ms, 2),
    throughputRatio: round(ours.throughputPerSec / raw.throughputPerSec, 3),
  };
}
