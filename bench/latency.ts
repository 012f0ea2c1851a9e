// Latency model: accuracy and cost.
// - Accuracy: k-fold cross-validation per provider on its bundled measurements; each fold is predicted by an
//   estimator built from the other folds only, with and without the neighbour correction.
// - Cost: what importing the module computes (the lookup: region numbering, measured pairs, residuals), the
//   first call of every pair (each estimate computed once), and a call after warm-up.

import { listRegions } from "@/lib/domain/catalog";
import {
  buildLatencyEstimator,
  createRttLookup,
  crossValidate,
  crossValidateByProvider,
  DEFAULT_NEIGHBOUR_CORRECTION,
  FITTED_LATENCY_MODEL,
  LATENCY_BASIS,
  MEASURED_PAIRS,
  type ErrorSummary,
} from "@/lib/domain/latency";
import { PROVIDERS } from "@/lib/domain/region-key";
import { log, round, sampleSync, summarize, timeSync } from "./stats";

const FOLDS = 10;
const SEED = 1;

export async function latencyBench() {
  log("latencyModel: cross-validation per provider");
  const t0 = performance.now();
  const byProvider = crossValidateByProvider(FOLDS, { seed: SEED });
  const crossValidationMs = performance.now() - t0;
  const crossValidation = Object.fromEntries(
    PROVIDERS.map((provider) => {
      const cv = byProvider[provider];
      if (!cv) return [provider, { measuredPairs: 0, scored: false, estimateRestsOn: LATENCY_BASIS[provider].estimate }];
      return [
        provider,
        { measuredPairs: cv.pairs, scored: true, corrected: errors(cv), plainFit: errors(cv.plainFit), source: LATENCY_BASIS[provider].measuredSource },
      ];
    }),
  );
  log("latencyModel: other fold seeds (stability)");
  const correctedMedianBySeed = Object.fromEntries(
    [2, 3].map((seed) => [String(seed), round(crossValidate(FOLDS, { seed, pairs: MEASURED_PAIRS.filter(withinAzure) }).medianAbsPctError, 2)]),
  );

  log("latencyModel: module load, warm-up, hot calls");
  const regions = listRegions();
  const createLookup = () =>
    createRttLookup(regions, MEASURED_PAIRS, buildLatencyEstimator(MEASURED_PAIRS, { model: FITTED_LATENCY_MODEL }));
  const moduleLoad = summarize(sampleSync(createLookup, 10, 0)); // no warm-up: maxMs is the cold first run
  const warmUp = timeSync(() => {
    const lookup = createLookup();
    for (const a of regions) for (const b of regions) lookup(a, b);
  }, 5, 1);
  const lookup = createLookup();
  for (const a of regions) for (const b of regions) lookup(a, b);
  const calls = regions.length * regions.length;
  const hot = timeSync(() => {
    let sum = 0;
    for (const a of regions) for (const b of regions) sum += lookup(a, b).rttMs;
    return sum;
  }, 20, 3);

  return {
    folds: FOLDS,
    seed: SEED,
    correction: DEFAULT_NEIGHBOUR_CORRECTION,
    crossValidation,
    azureCorrectedMedianAbsPctErrorBySeed: { [String(SEED)]: round(byProvider.azure?.medianAbsPctError ?? NaN, 2), ...correctedMedianBySeed },
    crossValidationMs: round(crossValidationMs, 1),
    moduleLoadMs: { ...moduleLoad, note: "createRttLookup as the module runs it at import (catalog already loaded), excluding transpilation" },
    firstCallAllPairsMs: { ...warmUp, pairs: calls, note: `every ordered pair of ${regions.length} regions asked once on a fresh lookup` },
    hotCallNs: round((hot.medianMs * 1e6) / calls, 0),
    note: "percent errors on measured pairs the estimator was not built from; plainFit is the distance fit without the neighbour correction",
  };
}

function errors(summary: ErrorSummary) {
  return {
    pairs: summary.pairs,
    medianAbsPctError: round(summary.medianAbsPctError, 2),
    p90AbsPctError: round(summary.p90AbsPctError, 2),
    meanAbsErrorMs: round(summary.meanAbsErrorMs, 2),
  };
}

function withinAzure(pair: { a: { provider: string }; b: { provider: string } }): boolean {
  return pair.a.provider === "azure" && pair.b.provider === "azure";
}
