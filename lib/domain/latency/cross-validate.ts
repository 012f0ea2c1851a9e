// k-fold cross-validation of the estimator on measured pairs: each fold is predicted by an estimator built
// from the other folds only (fit and neighbour correction alike), so the numbers say how well we do on pairs
// we have no measurement for. The plain fit is scored on the same folds, to show what the correction buys.

import { PROVIDERS, type Provider } from "../region-key";
import type { FitOptions, TrainingPair } from "./estimate";
import { buildLatencyEstimator } from "./estimator";
import { MEASURED_PAIRS } from "./measured-pairs";
import type { NeighbourCorrectionOptions } from "./neighbour-correction";

export interface ErrorSummary {
  readonly pairs: number;
  /** Percent, e.g. 7.5 means 7.5%. */
  readonly medianAbsPctError: number;
  readonly p90AbsPctError: number;
  readonly meanAbsErrorMs: number;
}

export interface CrossValidationResult extends ErrorSummary {
  readonly folds: number;
  readonly seed: number;
  /** The same folds predicted by the distance fit alone, without the neighbour correction. */
  readonly plainFit: ErrorSummary;
}

export interface CrossValidationOptions {
  /** Seed of the fold assignment; same seed, same folds. */
  readonly seed?: number;
  readonly fit?: FitOptions;
  readonly correction?: NeighbourCorrectionOptions;
  /** The pairs split into folds and scored. Defaults to every measured pair. */
  readonly pairs?: readonly TrainingPair[];
  /** Measured pairs always in training and never scored (another provider's table). */
  readonly alwaysTrainOn?: readonly TrainingPair[];
}

export interface HeldOutPrediction {
  readonly pair: TrainingPair;
  readonly fold: number;
  readonly correctedMs: number;
  readonly plainFitMs: number;
}

/** Every pair's prediction from the estimator built without its fold. */
export function crossValidatedPredictions(k: number, options: CrossValidationOptions = {}): HeldOutPrediction[] {
  const pairs = options.pairs ?? MEASURED_PAIRS;
  if (!Number.isInteger(k) || k < 2 || k > pairs.length) throw new Error(`crossValidate: k must be 2..${pairs.length}, got ${k}`);
  const fold = assignFolds(pairs.length, k, options.seed ?? 1);
  const predictions: HeldOutPrediction[] = [];
  for (let f = 0; f < k; f++) {
    const training = [...pairs.filter((_, i) => fold[i] !== f), ...(options.alwaysTrainOn ?? [])];
    const corrected = buildLatencyEstimator(training, { fit: options.fit, correction: options.correction });
    const plain = buildLatencyEstimator(training, { fit: options.fit, correction: null });
    pairs.forEach((pair, i) => {
      if (fold[i] !== f) return;
      predictions.push({ pair, fold: f, correctedMs: corrected.estimateRttMs(pair.a, pair.b), plainFitMs: plain.estimateRttMs(pair.a, pair.b) });
    });
  }
  return predictions;
}

export function crossValidate(k = 10, options: CrossValidationOptions = {}): CrossValidationResult {
  const predictions = crossValidatedPredictions(k, options);
  return {
    folds: k,
    seed: options.seed ?? 1,
    ...summarise(predictions.map((p) => [p.correctedMs, p.pair.rttMs])),
    plainFit: summarise(predictions.map((p) => [p.plainFitMs, p.pair.rttMs])),
  };
}

/**
 * One cross-validation per provider, over the pairs with both ends in it; every other measured pair stays
 * in training. null for a provider without bundled measurements (nothing to score against).
 */
export function crossValidateByProvider(
  k = 10,
  options: Omit<CrossValidationOptions, "pairs" | "alwaysTrainOn"> = {},
  measured: readonly TrainingPair[] = MEASURED_PAIRS,
): Record<Provider, CrossValidationResult | null> {
  const within = (p: Provider) => measured.filter((m) => m.a.provider === p && m.b.provider === p);
  return Object.fromEntries(
    PROVIDERS.map((provider) => {
      const pairs = within(provider);
      if (pairs.length < k) return [provider, null];
      const scored = new Set(pairs);
      const others = measured.filter((m) => !scored.has(m));
      return [provider, crossValidate(k, { ...options, pairs, alwaysTrainOn: others })];
    }),
  ) as Record<Provider, CrossValidationResult | null>;
}

function summarise(predictedAndMeasuredMs: readonly (readonly [number, number])[]): ErrorSummary {
  const pctErrors = predictedAndMeasuredMs.map(([predicted, measured]) => (100 * Math.abs(predicted - measured)) / measured).sort((x, y) => x - y);
  const absErrorSumMs = predictedAndMeasuredMs.reduce((sum, [predicted, measured]) => sum + Math.abs(predicted - measured), 0);
  return {
    pairs: pctErrors.length,
    medianAbsPctError: quantile(pctErrors, 0.5),
    p90AbsPctError: quantile(pctErrors, 0.9),
    meanAbsErrorMs: absErrorSumMs / pctErrors.length,
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
