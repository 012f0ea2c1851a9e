// Monte Carlo for designs with too many events to enumerate. Plain sampling would waste nearly every trial on
// "nothing failed" (with SLA-level figures a million trials may see no halt at all), so the work is split:
// - the combinations with no or one failure are computed exactly (they carry almost all the probability);
// - only combinations with two or more failures are sampled, each trial drawn from that conditional
//   distribution directly (first failure, second failure, then the rest, by inverting cumulative products),
//   and the estimate is P(two or more) times the share of trials that halt, with a Wilson 95% interval.
// Events that never fail (availability 1) are skipped by the sampler; those that always fail (0) are in every
// combination.

import type { SeededRandom } from "../random";
import type { HaltCheck } from "./verdict";
import { wilsonInterval } from "./wilson";

export interface SampledOutcome {
  /** Estimated chance the chain cannot produce blocks. */
  unavailability: number;
  /** 95% interval of it (the exact part has no sampling error). */
  interval: { low: number; high: number };
  trials: number;
  haltedTrials: number;
  /** Unavailability from combinations with at most one failure: exact. */
  exactPart: number;
  /** Chance of two or more failures: the mass the trials sample. */
  sampledMass: number;
  /** Most probable halting combination (event indexes); `sampled` when its probability is estimated. */
  mostLikely?: { failed: number[]; stateProbability: number; sampled: boolean };
}

export interface MonteCarloRun {
  /** Runs `count` more trials. */
  step(count: number): void;
  readonly done: number;
  outcome(): SampledOutcome;
}

/** Smallest t in [from, last] with `values[t + 1] <= threshold` (values non-increasing), or -1. */
function firstAtOrBelow(values: Float64Array, from: number, last: number, threshold: number): number {
  if (from > last || values[last + 1]! > threshold) return -1;
  let lo = from;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid + 1]! <= threshold) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function startMonteCarlo(availability: readonly number[], check: HaltCheck, random: SeededRandom): MonteCarloRun {
  const always: number[] = [];
  const sampled: number[] = [];
  availability.forEach((a, i) => {
    if (a <= 0) always.push(i);
    else if (a < 1) sampled.push(i);
  });
  const m = sampled.length;
  const a = sampled.map((i) => availability[i]!);
  // logUp[t]: log of the chance events 0..t-1 (of the sampled ones) are all up.
  const logUp = new Float64Array(m + 1);
  for (let t = 0; t < m; t++) logUp[t + 1] = logUp[t]! + Math.log(a[t]!);
  // anyDown[t]: chance at least one of t..m-1 fails, by a recurrence free of cancellation.
  const anyDown = new Float64Array(m + 1);
  for (let t = m - 1; t >= 0; t--) anyDown[t] = 1 - a[t]! + a[t]! * anyDown[t + 1]!;

  const withAlways = (indexes: number[]): number[] => {
    if (always.length === 0) return indexes;
    return [...always, ...indexes].sort((x, y) => x - y);
  };

  // Exact part: nothing (of the sampled events) down, or exactly one.
  const noneDown = Math.exp(logUp[m]!);
  const baseHalts = check.halts(always);
  let exactPart = baseHalts ? noneDown : 0;
  let bestExact: SampledOutcome["mostLikely"] = baseHalts ? { failed: always.slice(), stateProbability: noneDown, sampled: false } : undefined;
  const singleHalts = new Uint8Array(m);
  // firstWeight[t]: chance event t is the first down and another follows; their sum is P(two or more).
  const cumulative = new Float64Array(m);
  let sampledMass = 0;
  for (let t = 0; t < m; t++) {
    const firstDown = Math.exp(logUp[t]!) * (1 - a[t]!);
    const onlyThis = firstDown * Math.exp(logUp[m]! - logUp[t + 1]!);
    if (baseHalts || check.halts(withAlways([sampled[t]!]))) {
      singleHalts[t] = 1;
      exactPart += onlyThis;
      if (!bestExact || onlyThis > bestExact.stateProbability) bestExact = { failed: withAlways([sampled[t]!]), stateProbability: onlyThis, sampled: false };
    }
    sampledMass += firstDown * anyDown[t + 1]!;
    cumulative[t] = sampledMass;
  }

  let done = 0;
  let halted = 0;
  const haltCounts = new Map<string, number>();
  const picked: number[] = [];

  const trial = (): boolean => {
    picked.length = 0;
    // First failure: weighted by "first down here and another one later".
    const target = random.uniform() * sampledMass;
    let lo = 0;
    let hi = m - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    const first = lo;
    picked.push(first);
    // Second failure: the first one after `first`, given there is one.
    const threshold = logUp[first + 1]! + Math.log1p(-random.uniform() * anyDown[first + 1]!);
    const secondFound = firstAtOrBelow(logUp, first + 1, m - 1, threshold);
    let next = secondFound < 0 ? m - 1 : secondFound;
    picked.push(next);
    // The rest: unconditioned, each next failure found by inverting "all up until then".
    for (;;) {
      const from = next + 1;
      const found = firstAtOrBelow(logUp, from, m - 1, logUp[from]! + Math.log(1 - random.uniform()));
      if (found < 0) break;
      picked.push(found);
      next = found;
    }
    let stops = baseHalts;
    for (const t of picked) if (singleHalts[t] === 1) stops = true;
    const failed = withAlways(picked.map((t) => sampled[t]!));
    if (!stops) stops = check.halts(failed);
    if (stops) {
      const key = failed.join(",");
      haltCounts.set(key, (haltCounts.get(key) ?? 0) + 1);
    }
    return stops;
  };

  return {
    step(count) {
      for (let i = 0; i < count; i++) {
        if (sampledMass > 0 && trial()) halted++;
        done++;
      }
    },
    get done() {
      return done;
    },
    outcome() {
      const share = wilsonInterval(halted, done);
      const estimate = done > 0 ? halted / done : 0;
      let best = bestExact;
      for (const [key, count] of haltCounts) {
        const stateProbability = (sampledMass * count) / done;
        if (!best || stateProbability > best.stateProbability) best = { failed: key.split(",").map(Number), stateProbability, sampled: true };
      }
      return {
        unavailability: exactPart + sampledMass * estimate,
        interval: sampledMass > 0 ? { low: exactPart + sampledMass * share.low, high: exactPart + sampledMass * share.high } : { low: exactPart, high: exactPart },
        trials: done,
        haltedTrials: halted,
        exactPart,
        sampledMass,
        ...(best ? { mostLikely: best } : {}),
      };
    },
  };
}
