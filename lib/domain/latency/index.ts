// Round-trip latency between any two regions of Azure, AWS and GCP: the measurement when one exists, else
// the neighbour-corrected estimate (estimator.ts). Module load fits nothing: it reads the shipped constants,
// computes the measured pairs' residuals once, and numbers the regions (rtt-lookup.ts).

import { listRegions } from "../catalog";
import { FITTED_LATENCY_MODEL } from "./estimate";
import { buildLatencyEstimator } from "./estimator";
import { MEASURED_PAIRS } from "./measured-pairs";
import { createRttLookup, type RttLookup } from "./rtt-lookup";

export {
  crossValidate,
  crossValidateByProvider,
  crossValidatedPredictions,
  type CrossValidationOptions,
  type CrossValidationResult,
  type ErrorSummary,
  type HeldOutPrediction,
} from "./cross-validate";
export * from "./estimate";
export { LATENCY_BASIS, UNBUNDLED_LATENCY_SOURCES, type LatencyBasis, type UnbundledLatencySource } from "./estimate-basis";
export {
  buildLatencyEstimator,
  FIBRE_KM_PER_RTT_MS,
  minimumPhysicalRttMs,
  type EstimatorOptions,
  type LatencyEstimator,
} from "./estimator";
export { AZURE_LATENCY_ATTRIBUTION } from "./measured";
export { MEASURED_PAIRS, type MeasuredPair } from "./measured-pairs";
export { DEFAULT_NEIGHBOUR_CORRECTION, type NeighbourCorrectionOptions } from "./neighbour-correction";
export { createRttLookup, type RegionInput, type RttLookup, type RttResult } from "./rtt-lookup";

/** Round trip between two regions, ms: measured or estimated (see `source`). Throws for a region that isn't in the catalog. Symmetric. */
export const rtt: RttLookup = createRttLookup(
  listRegions(),
  MEASURED_PAIRS,
  buildLatencyEstimator(MEASURED_PAIRS, { model: FITTED_LATENCY_MODEL }),
);
