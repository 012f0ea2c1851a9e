// k-fold cross-validation of the estimator on the measured Azure pairs: each fold is predicted by a model
// fitted without it, so the numbers say how well we do on pairs we have no measurement for.

import { estimateRttMs, fitLatencyModel, type FitOptions, type TrainingPair } from "./estimate";
import { MEASURED_PAIRS } from "./measured-pairs";

export interface CrossValidationResult {
  readonly folds: number;
  readonly pairs: number;
  /** Percent, e.g. 7.5 means 7.5%. */
  readonly medianAbsPctError: number;
  readonly p90AbsPctError: number;
  readonly meanAbsErrorMs: number;
}

export interface CrossValidationOptions {
  /** Seed of the fold assignment; same seed, same folds. */
  readonly seed?: number;
  readonly fit?: FitOptions;
  /** Defaults to every measured Azure pair. */
  readonly pairs?: readonly TrainingPair[];
}

export function crossValidate(k = 10, options: CrossValidationOptions = {}): CrossValidationResult {
  const pairs = options.pairs ?? MEASURED_PAIRS;
  if (!Number.isInteger(k) || k < 2 || k > pairs.length) throw new Error(`crossValidate: k must be 2..${pairs.length}, got ${k}`);
  const fold = assignFolds(pairs.length, k, options.seed ?? 1);

  const pctErrors: number[] = [];
  let absErrorSumMs = 0;
  for (let f = 0; f < k; f++) {
    const model = fitLatencyModel(pairs.filter((_, i) => fold[i] !== f), options.fit);
    pairs.forEach((pair, i) => {
      if (fold[i] !== f) return;
      const errorMs = Math.abs(estimateRttMs(pair.a, pair.b, model) - pair.rttMs);
      absErrorSumMs += errorMs;
      pctErrors.push((100 * errorMs) / pair.rttMs);
    });
  }
  pctErrors.sort((x, y) => x - y);
  return {
    folds: k,
    pairs: pairs.length,
    medianAbsPctError: quantile(pctErrors, 0.5),
    p90AbsPctError: quantile(pctErrors, 0.9),
    meanAbsErrorMs: absErrorSumMs / pairs.length,
  };
}

/** Balanced folds from a seeded shuffle (no Math.random: results must be reproducible). */
function assignFolds(count: number, k: number, seed: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  const random = mulberry32(seed);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const fold = new Array<number>(count).fill(0);
  order.forEach((pairIndex, position) => (fold[pairIndex] = position % k));
  return fold;
}

/** Small, well-known seeded PRNG; returns floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Linear interpolation between closest ranks (numpy's default); `sorted` ascending. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const low = sorted[lo] as number;
  return low + ((sorted[hi] as number) - low) * (pos - lo);
}
