// Exact enumeration of every up/down combination of the events, depth first, deciding event i at depth i.
// Monotonicity makes whole subtrees exact without visiting them: once the failed set halts the chain, every
// completion does (the subtree's whole probability is downtime); once even "every remaining event fails too"
// keeps blocks flowing, no completion halts. The sum is the exact unavailability, not a bound.

import type { HaltCheck } from "./verdict";
import { AvailabilityCancelledError } from "./types";

export interface ExactOutcome {
  /** Chance the chain cannot produce blocks. */
  unavailability: number;
  /** The most probable halting combination (event indexes) and its probability. */
  mostLikely?: { failed: number[]; stateProbability: number };
}

export interface RunHooks {
  onProgress?: (done: number, total: number) => void;
  shouldStop?: () => boolean;
}

const CHECK_EVERY_NODES = 4096;

export function enumerateExactly(availability: readonly number[], check: HaltCheck, hooks: RunHooks = {}): ExactOutcome {
  const k = availability.length;
  const total = 2 ** k;
  // Over the events from i on: the most probable outcome's probability, for the best completion of a halted prefix.
  const bestSuffix = new Float64Array(k + 1).fill(1);
  for (let i = k - 1; i >= 0; i--) bestSuffix[i] = bestSuffix[i + 1]! * Math.max(availability[i]!, 1 - availability[i]!);

  let unavailability = 0;
  let done = 0;
  let nodes = 0;
  let best: ExactOutcome["mostLikely"];
  const failed: number[] = [];

  const settleHalted = (depth: number, probability: number) => {
    unavailability += probability;
    const stateProbability = probability * bestSuffix[depth]!;
    if (!best || stateProbability > best.stateProbability) {
      const completion = failed.slice();
      for (let j = depth; j < k; j++) if (availability[j]! < 0.5) completion.push(j);
      best = { failed: completion, stateProbability };
    }
  };
  const tick = () => {
    if (++nodes % CHECK_EVERY_NODES !== 0) return;
    if (hooks.shouldStop?.()) throw new AvailabilityCancelledError(done, total);
    hooks.onProgress?.(done, total);
  };

  // Every node asks about a different set, so verdicts are not cached here.
  // `lastFailed`: whether the decision just made was a failure. After an "up" the failed set is the parent's,
  // which survived; after a "down" the all-fail completion is the parent's, which halted. So each node needs
  // one verdict, not two. A leaf reached by a "down" is its parent's all-fail completion: it halts.
  const visit = (depth: number, probability: number, lastFailed: boolean) => {
    tick();
    if (probability === 0) {
      done += 2 ** (k - depth);
      return;
    }
    if (depth === 0 || lastFailed) {
      if ((lastFailed && depth === k) || check.halts(failed, true)) {
        settleHalted(depth, probability);
        done += 2 ** (k - depth);
        return;
      }
    }
    if (depth === k) {
      done += 1;
      return;
    }
    if (depth === 0 || !lastFailed) {
      const allFail = failed.slice();
      for (let j = depth; j < k; j++) allFail.push(j);
      if (!check.halts(allFail, true)) {
        done += 2 ** (k - depth);
        return;
      }
    }
    const a = availability[depth]!;
    visit(depth + 1, probability * a, false);
    failed.push(depth);
    visit(depth + 1, probability * (1 - a), true);
    failed.pop();
  };

  visit(0, 1, false);
  hooks.onProgress?.(total, total);
  return { unavailability, ...(best ? { mostLikely: best } : {}) };
}
