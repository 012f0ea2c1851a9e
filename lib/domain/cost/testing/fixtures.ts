// Test helpers: a small, fixed region catalog (so cost tests don't move when the real catalog's coordinates are
// refined) and a document builder that applies the schema's defaults.

import type { Geography, RegionClassification, RegionInfo } from "../../catalog/types";
import { type Provider } from "../../region-key";
import { CURRENT_SCHEMA_VERSION, TopologyDocumentSchema, type TopologyDocument, type TopologyDocumentInput } from "../../schema/index";
import type { RegionCatalog } from "../region-catalog";

function region(
  provider: Provider, id: string, lat: number, lon: number, geography: Geography,
  classification: RegionClassification = "commercial",
): RegionInfo {
  return {
    provider, id, displayName: id, country: "XX", city: id, lat, lon, geography, classification,
    eea: false, euAdequacy: false, availabilityZones: 3, hipaaEligible: false,
  };
}

const REGIONS: readonly RegionInfo[] = [
  region("azure", "eastus", 39.04, -77.49, "United States"),
  region("azure", "westeurope", 52.37, 4.9, "Europe"),
  region("azure", "brazilsouth", -23.55, -46.63, "South America"),
  region("azure", "usgovvirginia", 37.54, -77.44, "United States", "gov"),
  // A region this catalog knows but the regional multiplier table doesn't (a catalog newer than the prices).
  region("azure", "examplewesteurope", 50.85, 4.35, "Europe"),
  region("aws", "us-east-1", 39.04, -77.49, "United States"),
  region("aws", "eu-west-1", 53.35, -6.26, "Europe"),
  region("aws", "eu-central-1", 50.11, 8.68, "Europe"),
  region("aws", "sa-east-1", -23.55, -46.63, "South America"),
  region("aws", "us-gov-east-1", 39.96, -83.0, "United States", "gov"),
  region("gcp", "us-central1", 41.26, -95.86, "United States"),
  region("gcp", "us-east4", 39.04, -77.49, "United States"),
  region("gcp", "europe-west4", 53.44, 6.84, "Europe"),
  region("gcp", "southamerica-east1", -23.55, -46.63, "South America"),
];

export const TEST_CATALOG: RegionCatalog = {
  getRegion: (provider, id) => REGIONS.find((r) => r.provider === provider && r.id === id),
  listRegions: (provider) => (provider ? REGIONS.filter((r) => r.provider === provider) : REGIONS),
};

type GroupInput = TopologyDocumentInput["nodeGroups"][number];
type RegionInput = TopologyDocumentInput["regions"][number];

/** A valid document; regions default to their provider id as element id and a distinct /16 each. */
export function testDocument(
  regions: readonly (Omit<RegionInput, "cidr"> & { cidr?: string })[],
  nodeGroups: readonly GroupInput[],
): TopologyDocument {
  return TopologyDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "cost test",
    network: { client: "besu", consensus: "qbft", chainId: 1337 },
    regions: regions.map((r, i) => ({ cidr: `10.${i + 1}.0.0/16`, ...r })),
    nodeGroups,
  });
}

export const HOURS = 730;
