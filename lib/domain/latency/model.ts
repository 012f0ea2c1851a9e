// The latency estimator's shape: a piecewise-linear function of great-circle distance whose slope
// (route inflation) is adjusted per region and per pair of geographies. All fitted terms are linear,
// so fitting is one ridge-regularised least-squares solve (fit.ts).
//
//   rtt = base + d * (slope + regionSlope[a] + regionSlope[b] + geographyPairSlope[ga|gb])
//             + sum over hinges h of extraSlope[h] * max(0, d - h)          (d in 1000 km)
//
// Why these terms: distance alone leaves ~13% median error, because paths are not great circles.
// Cables between Europe and Asia detour through the Red Sea, some regions sit behind longer backhaul.
// A geography pair's slope captures the sea route between two geographies; a region's slope would capture
// its own detour, but the shipped fit leaves those out (fit.ts says why) and lets the measured neighbours
// correct each estimate instead (neighbour-correction.ts). Unseen regions and geography pairs get 0,
// i.e. the average path for that distance.

import { type RegionInfo } from "../catalog";
import { regionKey } from "../region-key";
import { greatCircleKm } from "./geo";

export interface LatencyModel {
  /** Round trip at zero distance, ms (two distinct regions in one metro). */
  readonly baseMs: number;
  /** Slope below the first hinge, ms per 1000 km of great-circle distance. */
  readonly msPer1000Km: number;
  /** Piecewise-linear bends: from `fromKm` on, the slope grows by `extraMsPer1000Km`. */
  readonly hinges: readonly { readonly fromKm: number; readonly extraMsPer1000Km: number }[];
  /** Extra slope for paths touching a region, by region key ("azure:qatarcentral"); absent = 0. */
  readonly regionMsPer1000Km: Readonly<Record<string, number>>;
  /** Extra slope for paths between two geographies, by `geographyPairKey`; absent = 0. */
  readonly geographyPairMsPer1000Km: Readonly<Record<string, number>>;
}

/** Order-free key of two geographies: "Asia Pacific|Europe". */
export function geographyPairKey(a: RegionInfo, b: RegionInfo): string {
  return a.geography <= b.geography ? `${a.geography}|${b.geography}` : `${b.geography}|${a.geography}`;
}

/** No estimate goes below this: two distinct regions never answer faster than a round trip in one metro. */
export const MIN_ESTIMATED_RTT_MS = 1;

/** The model's raw prediction for two regions, before same-region and cross-provider rules (estimate.ts). */
export function predictModelRttMs(model: LatencyModel, a: RegionInfo, b: RegionInfo): number {
  const d = greatCircleKm(a, b) / 1000;
  const slope =
    model.msPer1000Km +
    (model.regionMsPer1000Km[regionKey(a.provider, a.id)] ?? 0) +
    (model.regionMsPer1000Km[regionKey(b.provider, b.id)] ?? 0) +
    (model.geographyPairMsPer1000Km[geographyPairKey(a, b)] ?? 0);
  let ms = model.baseMs + slope * d;
  for (const hinge of model.hinges) ms += hinge.extraMsPer1000Km * Math.max(0, d - hinge.fromKm / 1000);
  return Math.max(MIN_ESTIMATED_RTT_MS, ms);
}
