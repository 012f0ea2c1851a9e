// Latency estimate for region pairs without a measurement: the fitted distance model (model.ts, fit.ts),
// plus two rules the Azure table can't teach it.
//
// Assumptions (documented for users, shown next to estimated numbers):
// - Estimates are P95 round trips, like the measurements they are fitted to.
// - Same region: SAME_REGION_RTT_MS (within-region, cross-zone round trips are about 1 ms).
// - Within AWS and GCP the Azure-fitted model applies unchanged: all three run private backbones with
//   similar route inflation, and no comparable public AWS/GCP matrix is bundled. Their regions carry no
//   region-specific term (0 = average path).
// - Across providers: + CROSS_PROVIDER_PENALTY_MS for the hop between two backbones (an interconnect or
//   internet exchange in the metro where traffic changes networks).

import type { RegionInfo } from "../catalog";
import { FITTED_LATENCY_MODEL } from "./fitted-model";
import { predictModelRttMs, type LatencyModel } from "./model";

export { DEFAULT_FIT_OPTIONS, fitLatencyModel, type FitOptions, type TrainingPair } from "./fit";
export { FITTED_LATENCY_MODEL } from "./fitted-model";
export { greatCircleKm } from "./geo";
export type { LatencyModel } from "./model";

export const SAME_REGION_RTT_MS = 1;
export const CROSS_PROVIDER_PENALTY_MS = 3;

export function estimateRttMs(a: RegionInfo, b: RegionInfo, model: LatencyModel = FITTED_LATENCY_MODEL): number {
  if (a.provider === b.provider && a.id === b.id) return SAME_REGION_RTT_MS;
  const crossProvider = a.provider !== b.provider ? CROSS_PROVIDER_PENALTY_MS : 0;
  return predictModelRttMs(model, a, b) + crossProvider;
}
