// Round-trip latency between any two regions of Azure, AWS and GCP: the Azure measurement when one
// exists, else the fitted estimate. Called in hot loops (validation on every edit), so regions are
// numbered once and every answer lives in a flat N×N table: a call is two Map lookups and an array read.

import { listRegions, type RegionInfo } from "../catalog";
import { PROVIDERS, readRegionRef, regionKey, type Provider, type RegionRef } from "../region-key";
import { estimateRttMs } from "./estimate";
import { MEASURED_PAIRS } from "./measured-pairs";

export { crossValidate, type CrossValidationOptions, type CrossValidationResult } from "./cross-validate";
export * from "./estimate";
export { AZURE_LATENCY_ATTRIBUTION } from "./measured";
export { MEASURED_PAIRS, type MeasuredPair } from "./measured-pairs";

/** A region as `{provider, id}` or as a key: "aws:us-east-1", or a bare Azure name "eastus". */
export type RegionInput = RegionRef | string;

export interface RttResult {
  readonly rttMs: number;
  readonly source: "measured" | "estimated";
}

const REGIONS: readonly RegionInfo[] = listRegions();
const N = REGIONS.length;
const INDEX_BY_PROVIDER = Object.fromEntries(
  PROVIDERS.map((p) => [p, new Map<string, number>()]),
) as Record<Provider, Map<string, number>>;
REGIONS.forEach((r, i) => INDEX_BY_PROVIDER[r.provider].set(r.id, i));

// Results are shared frozen objects: no allocation after the first call for a pair.
const RESULTS = new Array<RttResult | undefined>(N * N);
for (const pair of MEASURED_PAIRS) {
  const result: RttResult = Object.freeze({ rttMs: pair.rttMs, source: "measured" });
  store(indexOf(pair.a), indexOf(pair.b), result);
}

/** Round trip between two regions, ms. Throws for a region that isn't in the catalog. Symmetric. */
export function rtt(a: RegionInput, b: RegionInput): RttResult {
  const i = indexOf(a);
  const j = indexOf(b);
  const cached = RESULTS[i * N + j];
  if (cached) return cached;
  const result: RttResult = Object.freeze({
    rttMs: estimateRttMs(REGIONS[i] as RegionInfo, REGIONS[j] as RegionInfo),
    source: "estimated",
  });
  return store(i, j, result);
}

/** Both orders from one computation, so rtt(a, b) and rtt(b, a) are identical to the last bit. */
function store(i: number, j: number, result: RttResult): RttResult {
  RESULTS[i * N + j] = result;
  RESULTS[j * N + i] = result;
  return result;
}

function indexOf(input: RegionInput): number {
  const ref = typeof input === "string" ? readRegionRef(input) : input;
  const index = INDEX_BY_PROVIDER[ref.provider]?.get(ref.id);
  if (index === undefined) {
    throw new Error(
      `Unknown region "${regionKey(ref.provider, ref.id)}": not in the region catalog ` +
        `(expected e.g. "azure:eastus", "aws:us-east-1", "gcp:europe-west1")`,
    );
  }
  return index;
}
