// The estimator rtt() uses for pairs without a measurement: the fitted distance model (estimate.ts),
// corrected by the measured pairs around both ends (neighbour-correction.ts), never below what light in
// fibre allows. Built from whichever measured pairs it is given, so cross-validation can build one per
// training fold and rtt() one from every measurement.

import type { RegionInfo } from "../catalog";
import { estimateRttMs, fitLatencyModel, SAME_REGION_RTT_MS, type FitOptions, type TrainingPair } from "./estimate";
import { greatCircleKm } from "./geo";
import type { LatencyModel } from "./model";
import {
  buildNeighbourCorrection,
  DEFAULT_NEIGHBOUR_CORRECTION,
  type NeighbourCorrectionOptions,
} from "./neighbour-correction";

/** Light in fibre covers about 200 km per ms one way, so a round trip costs at least 1 ms per 100 km. */
export const FIBRE_KM_PER_RTT_MS = 100;

/** The fastest round trip physics allows over the great circle between two regions, ms. */
export function minimumPhysicalRttMs(a: RegionInfo, b: RegionInfo): number {
  return greatCircleKm(a, b) / FIBRE_KM_PER_RTT_MS;
}

export interface LatencyEstimator {
  estimateRttMs(a: RegionInfo, b: RegionInfo): number;
}

export interface EstimatorOptions {
  /** Use these fitted constants instead of fitting to the pairs (rtt() ships a fit of all of them). */
  readonly model?: LatencyModel;
  readonly fit?: FitOptions;
  /** null: the plain fit, uncorrected (what cross-validation compares against). */
  readonly correction?: NeighbourCorrectionOptions | null;
}

export function buildLatencyEstimator(measured: readonly TrainingPair[], options: EstimatorOptions = {}): LatencyEstimator {
  const model = options.model ?? fitLatencyModel(measured, options.fit);
  const fitted = (a: RegionInfo, b: RegionInfo) => estimateRttMs(a, b, model);
  const correctionOptions = options.correction === undefined ? DEFAULT_NEIGHBOUR_CORRECTION : options.correction;
  if (correctionOptions === null) return { estimateRttMs: fitted };
  const correction = buildNeighbourCorrection(measured, fitted, correctionOptions);
  return {
    estimateRttMs(a, b) {
      if (a.provider === b.provider && a.id === b.id) return SAME_REGION_RTT_MS;
      const corrected = fitted(a, b) * Math.exp(correction.logFactor(a, b));
      return Math.max(corrected, minimumPhysicalRttMs(a, b));
    },
  };
}
