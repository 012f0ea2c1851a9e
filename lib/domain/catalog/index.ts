// Region catalogs of Azure, AWS and Google Cloud, with O(1) lookups (the latency model and the rule
// engine call these in hot loops).

import { AWS_CATALOG_SOURCE, AWS_REGIONS } from "./aws";
import { AZURE_CATALOG_SOURCE, AZURE_REGIONS } from "./azure";
import { GCP_CATALOG_SOURCE, GCP_REGIONS } from "./gcp";
import { readRegionRef, regionKey, type Provider, type RegionKey, type RegionRef } from "../region-key";
import type { CatalogSource, RegionInfo } from "./types";

export * from "./types";
export { EEA_COUNTRIES, EU_ADEQUACY_COUNTRIES, isHipaaEligible } from "./compliance-facts";
export { AWS_REGIONS, AZURE_REGIONS, GCP_REGIONS };

export const CATALOG_SOURCES: Readonly<Record<Provider, CatalogSource>> = Object.freeze({
  azure: AZURE_CATALOG_SOURCE,
  aws: AWS_CATALOG_SOURCE,
  gcp: GCP_CATALOG_SOURCE,
});

const REGIONS_BY_PROVIDER: Readonly<Record<Provider, readonly RegionInfo[]>> = {
  azure: AZURE_REGIONS,
  aws: AWS_REGIONS,
  gcp: GCP_REGIONS,
};

const ALL_REGIONS: readonly RegionInfo[] = Object.freeze([...AZURE_REGIONS, ...AWS_REGIONS, ...GCP_REGIONS]);

const REGIONS_BY_KEY: ReadonlyMap<RegionKey, RegionInfo> = new Map(ALL_REGIONS.map((r) => [regionKey(r.provider, r.id), r]));

const AZURE_BY_DISPLAY_NAME: ReadonlyMap<string, RegionInfo> = new Map(
  AZURE_REGIONS.map((r) => [r.displayName.toLowerCase(), r]),
);


export function getRegion(provider: Provider, id: string): RegionInfo | undefined {
  return REGIONS_BY_KEY.get(regionKey(provider, id));
}

/** Lookup by "provider:id" key exactly as regionKey() makes it (no parsing: the fast path for hot loops). */
export function getRegionByKey(key: RegionKey): RegionInfo | undefined {
  return REGIONS_BY_KEY.get(key);
}

/** Like getRegion, for callers that treat an unknown region as a bug. Accepts a ref or a "provider:id" key. */
export function requireRegion(ref: RegionRef | string): RegionInfo {
  const { provider, id } = typeof ref === "string" ? readRegionRef(ref) : ref;
  const region = getRegion(provider, id);
  if (!region) throw new Error(`Unknown region "${regionKey(provider, id)}": not in the ${provider} catalog`);
  return region;
}

/** All regions of one provider, or of all three (Azure, then AWS, then GCP). */
export function listRegions(provider?: Provider): readonly RegionInfo[] {
  return provider ? REGIONS_BY_PROVIDER[provider] : ALL_REGIONS;
}

/** Azure's display name ("West Europe") to its region, case-insensitive; how Microsoft's tables name regions. */
export function getAzureRegionByDisplayName(displayName: string): RegionInfo | undefined {
  return AZURE_BY_DISPLAY_NAME.get(displayName.trim().toLowerCase());
}
