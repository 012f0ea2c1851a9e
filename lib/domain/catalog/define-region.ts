import { EEA_COUNTRIES, EU_ADEQUACY_COUNTRIES, isHipaaEligible } from "./compliance-facts";
import type { Geography, RegionClassification, RegionInfo } from "./types";
import type { Provider } from "../region-key";

/** What a catalog file states per region; the compliance flags are derived so they can't drift. */
export interface RegionRow {
  id: string;
  displayName: string;
  country: string;
  city: string;
  lat: number;
  lon: number;
  geography: Geography;
  availabilityZones: number;
  classification?: RegionClassification;
  edgeZones?: readonly string[];
}

export function defineRegions(provider: Provider, rows: readonly RegionRow[]): readonly RegionInfo[] {
  return Object.freeze(rows.map((row) => defineRegion(provider, row)));
}

function defineRegion(provider: Provider, row: RegionRow): RegionInfo {
  const classification = row.classification ?? "commercial";
  const region: RegionInfo = {
    provider,
    id: row.id,
    displayName: row.displayName,
    country: row.country,
    city: row.city,
    lat: row.lat,
    lon: row.lon,
    geography: row.geography,
    classification,
    eea: EEA_COUNTRIES.has(row.country),
    euAdequacy: EU_ADEQUACY_COUNTRIES.has(row.country),
    availabilityZones: row.availabilityZones,
    hipaaEligible: isHipaaEligible({ provider, id: row.id, country: row.country, classification }),
    ...(row.edgeZones ? { edgeZones: Object.freeze([...row.edgeZones]) } : {}),
  };
  return Object.freeze(region);
}
