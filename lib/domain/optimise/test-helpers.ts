// Exhaustive search over every placement of a small instance, scored with the model's own coefficients:
// the reference the solver's answers are checked against.

import { quorumSize } from "../consensus/quorum";
import { PROVIDERS } from "../region-key";
import { cloudPairKey } from "./coefficients";
import type { Instance } from "./instance";

export interface Exhaustive {
  costUsdMonth: number;
  /** Validators', bootnodes' and RPC nodes' carbon, the bootnodes and RPC nodes in their lowest-carbon regions. */
  carbonKgCo2eMonth: number;
  maxRttMs: number;
  validators: number[];
}

/** Every way to put n validators in m regions. */
function* compositions(n: number, m: number): Generator<number[]> {
  if (m === 1) {
    yield [n];
    return;
  }
  for (let first = 0; first <= n; first++) for (const rest of compositions(n - first, m - 1)) yield [first, ...rest];
}

/** Cheapest, lowest-largest-round-trip (then cheapest) or lowest-carbon feasible placement for n validators. */
export function exhaustiveBest(instance: Instance, n: number, goal: "cost" | "latency" | "carbon"): Exhaustive | undefined {
  const { spec, candidates, costs, rttMs, carbon } = instance;
  const m = candidates.length;
  const q = quorumSize(spec.consensus, n);
  let best: Exhaustive | undefined;
  for (const x of compositions(n, m)) {
    const used = x.flatMap((v, i) => (v > 0 ? [i] : []));
    const sorted = [...x].sort((a, b) => b - a);
    if (sorted.slice(0, spec.tolerate.regions).reduce((s, v) => s + v, 0) > n - q) continue;
    if (spec.maxValidatorsPerRegion !== undefined && sorted[0]! > spec.maxValidatorsPerRegion) continue;
    const clouds = PROVIDERS.filter((p) => used.some((i) => candidates[i]!.info.provider === p));
    if (spec.tolerate.provider && clouds.some((p) => used.filter((i) => candidates[i]!.info.provider === p).reduce((s, i) => s + x[i]!, 0) > n - q)) continue;
    let maxRttMs = 0;
    for (const i of used) for (const j of used) maxRttMs = Math.max(maxRttMs, rttMs[i * m + j]!);
    if (spec.maxRttMs !== undefined && maxRttMs > spec.maxRttMs) continue;
    let cost = 0;
    for (const i of used) cost += costs.regions[i]!.validatorUsdMonth * x[i]! + costs.regions[i]!.regionUsdMonth;
    for (const p of clouds) {
      const inCloud = used.filter((i) => candidates[i]!.info.provider === p);
      cost += costs.providerUsdMonth[p];
      if (spec.bootnodes > 0) cost += Math.min(...inCloud.map((i) => costs.regions[i]!.bootnodeUsdMonth));
    }
    if (spec.rpc > 0) cost += spec.rpc * Math.min(...used.map((i) => costs.regions[i]!.rpcUsdMonth));
    clouds.forEach((p, a) => clouds.slice(a + 1).forEach((o) => (cost += costs.cloudPairUsdMonth.get(cloudPairKey(p, o)) ?? 0)));
    if (spec.budgetUsdMonth !== undefined && cost > spec.budgetUsdMonth + 1e-6) continue;
    let kg = 0;
    for (const i of used) kg += carbon[i]!.validatorKgCo2eMonth * x[i]!;
    if (spec.bootnodes > 0) for (const p of clouds) kg += Math.min(...used.filter((i) => candidates[i]!.info.provider === p).map((i) => carbon[i]!.bootnodeKgCo2eMonth));
    if (spec.rpc > 0) kg += spec.rpc * Math.min(...used.map((i) => carbon[i]!.rpcKgCo2eMonth));
    const better = !best
      || (goal === "cost" ? cost < best.costUsdMonth - 1e-6
        : goal === "carbon" ? kg < best.carbonKgCo2eMonth - 1e-9
        : maxRttMs < best.maxRttMs - 1e-9 || (Math.abs(maxRttMs - best.maxRttMs) <= 1e-9 && cost < best.costUsdMonth - 1e-6));
    if (better) best = { costUsdMonth: cost, carbonKgCo2eMonth: kg, maxRttMs, validators: x };
  }
  return best;
}
