// Latency model accuracy: k-fold cross-validation on measured pairs (each fold predicted by a model fitted without it).

import { crossValidate } from "@/lib/domain/latency";
import { log, round } from "./stats";

export async function latencyBench() {
  log("latencyModel: cross-validation");
  const t0 = performance.now();
  const cv = crossValidate();
  const ms = performance.now() - t0;
  return {
    folds: cv.folds,
    pairs: cv.pairs,
    medianAbsPctError: round(cv.medianAbsPctError, 2),
    p90AbsPctError: round(cv.p90AbsPctError, 2),
    meanAbsErrorMs: round(cv.meanAbsErrorMs, 2),
    elapsedMs: round(ms, 1),
    note: "error of the fitted estimator on measured pairs it was not fitted on (10-fold, seed 1)",
  };
}
