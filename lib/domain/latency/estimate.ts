// The fitted distance model (model.ts, fit.ts) as an estimate, plus two rules the Azure table can't teach
// it. rtt() does not use it bare: estimator.ts corrects it with the measured pairs around both ends.
//
// Assumptions (documented for users, shown next to estimated numbers):
// - Estimates are P95 round trips, like the measurements they are fitted to.
// - Same region: SAME_REGION_RTT_MS (within-region, cross-zone round trips are about 1 ms).
// - AWS and GCP: no inter-region matrix with a licence that allows bundling exists (estimate-basis.ts), so
//   their pairs rest on the Azure-fitted model, corrected by measured Azure pairs between the same metros.
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
