// The O(1) lookup behind rtt(): regions are numbered once, measured pairs are stored up front, and each
// estimated pair is computed on its first call and kept in a flat N×N table of shared frozen results.
// After that a call is two Map lookups and an array read, and never allocates (rtt() runs in hot loops).

import type { RegionInfo } from "../catalog";
import { PROVIDERS, readRegionRef, regionKey, type Provider, type RegionRef } from "../region-key";
import type { TrainingPair } from "./fit";
import type { LatencyEstimator } from "./estimator";

/** A region as `{provider, id}` or as a key: "aws:us-east-1", or a bare Azure name "eastus". */
export type RegionInput = RegionRef | string;

export interface RttResult {
  readonly rttMs: number;
  readonly source: "measured" | "estimated";
}

/** Round trip between two regions, ms. Throws for a region that isn't in `regions`. Symmetric. */
export type RttLookup = (a: RegionInput, b: RegionInput) => RttResult;

export function createRttLookup(
  regions: readonly RegionInfo[],
  measured: readonly TrainingPair[],
  estimator: LatencyEstimator,
): RttLookup {
  const n = regions.length;
  const indexByProvider = Object.fromEntries(PROVIDERS.map((p) => [p, new Map<string, number>()])) as Record<
    Provider,
    Map<string, number>
  >;
  regions.forEach((r, i) => indexByProvider[r.provider].set(r.id, i));
  const indexOf = (input: RegionInput): number => {
    const ref = typeof input === "string" ? readRegionRef(input) : input;
    const index = indexByProvider[ref.provider]?.get(ref.id);
    if (index === undefined) {
      throw new Error(
        `Unknown region "${regionKey(ref.provider, ref.id)}": not in the region catalog ` +
          `(expected e.g. "azure:eastus", "aws:us-east-1", "gcp:europe-west1")`,
      );
    }
    return index;
  };

  const results = new Array<RttResult | undefined>(n * n);
  // Both orders share one object, so rtt(a, b) and rtt(b, a) are identical to the last bit.
  const store = (i: number, j: number, result: RttResult) => {
    results[i * n + j] = result;
    results[j * n + i] = result;
    return result;
  };
  for (const pair of measured) {
    const i = indexByProvider[pair.a.provider].get(pair.a.id);
    const j = indexByProvider[pair.b.provider].get(pair.b.id);
    if (i !== undefined && j !== undefined) store(i, j, Object.freeze({ rttMs: pair.rttMs, source: "measured" }));
  }

  return (a, b) => {
    const i = indexOf(a);
    const j = indexOf(b);
    const cached = results[i * n + j];
    if (cached) return cached;
    const rttMs = estimator.estimateRttMs(regions[i] as RegionInfo, regions[j] as RegionInfo);
    return store(i, j, Object.freeze({ rttMs, source: "estimated" }));
  };
}
