// The Azure measurements as unordered region pairs, and an O(1) lookup for rtt().
// The published matrix is directional (row = source, column = destination). A round trip is the same
// path both ways, so direction differences are measurement noise (median 1 ms, at most ~50 ms in this
// snapshot): rtt(a, b) is the mean of a→b and b→a when both exist, else whichever exists.
// This keeps rtt symmetric, which the consensus and quorum maths assume.

import { getAzureRegionByDisplayName, type RegionInfo } from "../catalog";
import { regionKey } from "../region-key";
import { AZURE_LATENCY_P95_MS, AZURE_LATENCY_REGIONS } from "./measured";

export interface MeasuredPair {
  readonly a: RegionInfo;
  readonly b: RegionInfo;
  /** Symmetric round trip used by rtt(), ms. */
  readonly rttMs: number;
  /** a→b and b→a as published; null when that cell is blank. */
  readonly forwardMs: number | null;
  readonly reverseMs: number | null;
}

/** Key of an ordered pair of region keys: "azure:eastus|aws:us-east-1". */
export function pairKey(aKey: string, bKey: string): string {
  return `${aKey}|${bKey}`;
}

function buildMeasuredPairs(): readonly MeasuredPair[] {
  const regions = AZURE_LATENCY_REGIONS.map((name) => {
    const region = getAzureRegionByDisplayName(name);
    if (!region) throw new Error(`Azure latency table names "${name}", which is not in the Azure catalog`);
    return region;
  });
  const cell = (i: number, j: number) => AZURE_LATENCY_P95_MS[i]?.[j] ?? null;
  const pairs: MeasuredPair[] = [];
  for (let i = 0; i < regions.length; i++) {
    for (let j = i + 1; j < regions.length; j++) {
      const forwardMs = cell(i, j);
      const reverseMs = cell(j, i);
      if (forwardMs === null && reverseMs === null) continue;
      const rttMs = forwardMs !== null && reverseMs !== null ? (forwardMs + reverseMs) / 2 : ((forwardMs ?? reverseMs) as number);
      pairs.push(Object.freeze({ a: regions[i] as RegionInfo, b: regions[j] as RegionInfo, rttMs, forwardMs, reverseMs }));
    }
  }
  return Object.freeze(pairs);
}

export const MEASURED_PAIRS: readonly MeasuredPair[] = buildMeasuredPairs();

/** Measured rtt by pairKey, both orders. */
export const MEASURED_RTT_MS: ReadonlyMap<string, number> = new Map(
  MEASURED_PAIRS.flatMap((p) => {
    const a = regionKey(p.a.provider, p.a.id);
    const b = regionKey(p.b.provider, p.b.id);
    return [[pairKey(a, b), p.rttMs] as const, [pairKey(b, a), p.rttMs] as const];
  }),
);
