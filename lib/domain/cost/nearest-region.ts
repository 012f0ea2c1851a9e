// The nearest region of another provider, for "what if this ran on AWS?": by great-circle distance, staying in
// the same kind of cloud (gov, dod, china) where the target provider has one.

import type { RegionClassification, RegionInfo } from "../catalog/types";

const EARTH_RADIUS_KM = 6371;

export function greatCircleKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Which classifications may stand in for one, best first: DoD work can go to a gov cloud before a commercial one. */
const FALLBACKS: Readonly<Record<RegionClassification, readonly RegionClassification[]>> = {
  commercial: ["commercial"],
  gov: ["gov", "commercial"],
  dod: ["dod", "gov", "commercial"],
  china: ["china", "commercial"],
};

export interface NearestRegion {
  readonly region: RegionInfo;
  readonly distanceKm: number;
  /** False when the target provider has no region of the source's classification and a fallback was used. */
  readonly classificationMatched: boolean;
}

export function nearestRegion(from: RegionInfo, candidates: readonly RegionInfo[]): NearestRegion | undefined {
  for (const classification of FALLBACKS[from.classification]) {
    let best: RegionInfo | undefined;
    let bestKm = Infinity;
    for (const c of candidates) {
      if (c.classification !== classification) continue;
      const km = greatCircleKm(from, c);
      if (km < bestKm) {
        best = c;
        bestKm = km;
      }
    }
    if (best) return { region: best, distanceKm: bestKm, classificationMatched: classification === from.classification };
  }
  return undefined;
}
