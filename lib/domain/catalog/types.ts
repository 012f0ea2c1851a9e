// Shapes of the region catalogs. Kept free of the topology schema so the catalog can be used on its own
// (the CLI's `latency` command, the map).

import type { Provider } from "../region-key";

/** Which cloud a region belongs to: sovereign clouds (gov, dod, china) cannot peer with commercial ones. */
export const REGION_CLASSIFICATIONS = ["commercial", "gov", "dod", "china"] as const;
export type RegionClassification = (typeof REGION_CLASSIFICATIONS)[number];

/** A deliberately small set, so filters and map legends stay readable. UK and Switzerland are "Europe". */
export const GEOGRAPHIES = [
  "United States",
  "Canada",
  "Mexico",
  "South America",
  "Europe",
  "Middle East",
  "Africa",
  "Asia Pacific",
  "China",
] as const;
export type Geography = (typeof GEOGRAPHIES)[number];

export interface RegionInfo {
  readonly provider: Provider;
  /** The provider's own id: Azure "westeurope", AWS "us-east-1", GCP "europe-west1". */
  readonly id: string;
  /** The provider's human name: Azure "West Europe", AWS "Europe (Ireland)", GCP "Belgium". */
  readonly displayName: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** Nearest well-known city; providers rarely publish exact sites. */
  readonly city: string;
  /** Approximate city coordinates, degrees. Good enough for great-circle latency estimates and the map. */
  readonly lat: number;
  readonly lon: number;
  readonly geography: Geography;
  readonly classification: RegionClassification;
  /** Country is in the European Economic Area (EU 27 + Iceland, Liechtenstein, Norway). */
  readonly eea: boolean;
  /** Country has an EU adequacy decision (see `compliance-facts.ts`; the USA is deliberately false). */
  readonly euAdequacy: boolean;
  /** 0 when the region has none. */
  readonly availabilityZones: number;
  /** Covered by the provider's HIPAA BAA (rule in `compliance-facts.ts`). */
  readonly hipaaEligible: boolean;
  /** Edge / extended / local zones attached to the region, where known. Not exhaustive. */
  readonly edgeZones?: readonly string[];
}

/** A region named by provider and id; what topology documents and the latency model use. */

/** Where a catalog's facts come from, so the UI can show how old they are. */
export interface CatalogSource {
  readonly provider: Provider;
  /** Month the table was compiled, YYYY-MM. */
  readonly compiled: string;
  readonly documents: readonly { readonly title: string; readonly url: string }[];
  readonly notes: readonly string[];
}
