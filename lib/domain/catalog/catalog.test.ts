import { describe, expect, it } from "vitest";
import { AZURE_LATENCY_REGIONS } from "../latency/measured";
import {
  CATALOG_SOURCES,
  GEOGRAPHIES,
  getAzureRegionByDisplayName,
  getRegion,
  getRegionByKey,
  listRegions,
  requireRegion,
} from "./index";
import { PROVIDERS, regionKey } from "../region-key";
import { HIPAA_OVERRIDES, isHipaaEligible } from "./compliance-facts";

// Independent of compliance-facts.ts on purpose: a second statement of the facts the catalog derives.
const EEA = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split(" ");
const ADEQUACY = "AD AR CA FO GG IM IL JP JE NZ KR CH GB UY".split(" ");

// Quorum Dev Quickstart's Azure region list (src/azureRegions.ts), with its classifications.
const QDQ_REGIONS: Record<string, "commercial" | "gov" | "dod" | "china"> = {
  eastus: "commercial", eastus2: "commercial", westus: "commercial", westus2: "commercial", westus3: "commercial",
  centralus: "commercial", southcentralus: "commercial", northcentralus: "commercial",
  canadacentral: "commercial", canadaeast: "commercial",
  northeurope: "commercial", westeurope: "commercial", uksouth: "commercial", ukwest: "commercial",
  francecentral: "commercial", francesouth: "commercial", germanywestcentral: "commercial",
  switzerlandnorth: "commercial", norwayeast: "commercial", swedencentral: "commercial",
  eastasia: "commercial", southeastasia: "commercial", japaneast: "commercial", japanwest: "commercial",
  australiaeast: "commercial", australiasoutheast: "commercial", koreacentral: "commercial", koreasouth: "commercial",
  brazilsouth: "commercial", centralindia: "commercial", southindia: "commercial", westindia: "commercial",
  uaenorth: "commercial", southafricanorth: "commercial",
  chinaeast: "china", chinanorth: "china", chinaeast2: "china", chinanorth2: "china",
  usgovvirginia: "gov", usgovtexas: "gov", usgovarizona: "gov",
  usdodcentral: "dod", usdodeast: "dod",
};

describe("region catalogs", () => {
  it("has unique ids within each provider and unique display names within each provider", () => {
    for (const provider of PROVIDERS) {
      const regions = listRegions(provider);
      expect(regions.length).toBeGreaterThan(30);
      expect(new Set(regions.map((r) => r.id)).size).toBe(regions.length);
      expect(new Set(regions.map((r) => r.displayName)).size).toBe(regions.length);
      expect(regions.every((r) => r.provider === provider)).toBe(true);
    }
    const all = listRegions();
    expect(new Set(all.map((r) => regionKey(r.provider, r.id))).size).toBe(all.length);
  });

  it("contains every region of the bundled Azure latency table, by display name", () => {
    expect(AZURE_LATENCY_REGIONS).toHaveLength(54);
    const missing = AZURE_LATENCY_REGIONS.filter((name) => !getAzureRegionByDisplayName(name));
    expect(missing).toEqual([]);
    expect(getAzureRegionByDisplayName("West Europe")?.id).toBe("westeurope");
    expect(getAzureRegionByDisplayName("Jio India West")?.id).toBe("jioindiawest");
  });

  it("contains QDQ's 43 Azure regions with QDQ's classifications", () => {
    expect(Object.keys(QDQ_REGIONS)).toHaveLength(43);
    for (const [id, classification] of Object.entries(QDQ_REGIONS)) {
      expect(getRegion("azure", id)?.classification, id).toBe(classification);
    }
  });

  it("classifies AWS GovCloud as gov, AWS China as china, and all of GCP as commercial", () => {
    expect(getRegion("aws", "us-gov-west-1")?.classification).toBe("gov");
    expect(getRegion("aws", "us-gov-east-1")?.classification).toBe("gov");
    expect(getRegion("aws", "cn-north-1")?.classification).toBe("china");
    expect(getRegion("aws", "cn-northwest-1")?.classification).toBe("china");
    expect(listRegions("gcp").every((r) => r.classification === "commercial")).toBe(true);
  });

  it("has plausible coordinates, ISO country codes, geographies and zone counts", () => {
    for (const r of listRegions()) {
      const where = regionKey(r.provider, r.id);
      expect(r.lat, where).toBeGreaterThanOrEqual(-90);
      expect(r.lat, where).toBeLessThanOrEqual(90);
      expect(r.lon, where).toBeGreaterThanOrEqual(-180);
      expect(r.lon, where).toBeLessThanOrEqual(180);
      expect(r.country, where).toMatch(/^[A-Z]{2}$/);
      expect(GEOGRAPHIES, where).toContain(r.geography);
      expect(Number.isInteger(r.availabilityZones) && r.availabilityZones >= 0, where).toBe(true);
      expect(r.city.length, where).toBeGreaterThan(0);
    }
  });

  it("flags EEA and adequacy by country, with the USA not adequate", () => {
    for (const r of listRegions()) {
      expect(r.eea, r.id).toBe(EEA.includes(r.country));
      expect(r.euAdequacy, r.id).toBe(ADEQUACY.includes(r.country));
      expect(r.eea && r.euAdequacy, r.id).toBe(false);
    }
    expect(getRegion("azure", "westeurope")?.eea).toBe(true);
    expect(getRegion("azure", "norwayeast")?.eea).toBe(true);
    expect(getRegion("azure", "uksouth")?.euAdequacy).toBe(true);
    expect(getRegion("azure", "eastus")?.euAdequacy).toBe(false);
  });

  it("treats US regions (commercial and gov) as HIPAA eligible and China regions as not", () => {
    for (const r of listRegions()) {
      if (r.country === "US") expect(r.hipaaEligible, r.id).toBe(true);
      if (r.classification === "china") expect(r.hipaaEligible, r.id).toBe(false);
    }
  });

  it("HIPAA rule: US commercial and gov regions are eligible, others only by a catalog override", () => {
    for (const r of listRegions()) {
      const where = regionKey(r.provider, r.id);
      const override = HIPAA_OVERRIDES.get(where);
      const expected = override ? override.eligible : r.country === "US" && ["commercial", "gov"].includes(r.classification);
      expect(isHipaaEligible(r), where).toBe(expected);
      if (r.classification === "china") expect(isHipaaEligible(r), where).toBe(false);
    }
    expect(isHipaaEligible(requireRegion("aws:us-gov-west-1"))).toBe(true);
    expect(isHipaaEligible(requireRegion("gcp:us-central1"))).toBe(true);
    expect(isHipaaEligible(requireRegion("azure:usdodeast"))).toBe(true); // override: Azure Government's DoD regions
    expect(isHipaaEligible(requireRegion("azure:westeurope"))).toBe(false);
    expect(isHipaaEligible(requireRegion("aws:eu-west-1"))).toBe(false);
    expect(isHipaaEligible(requireRegion("aws:cn-north-1"))).toBe(false);
  });

  it("HIPAA overrides name catalog regions and win over the default rule", () => {
    for (const key of HIPAA_OVERRIDES.keys()) expect(getRegionByKey(key), key).toBeDefined();
    const dod = requireRegion("azure:usdodcentral");
    expect(isHipaaEligible(dod)).toBe(true);
    expect(isHipaaEligible({ ...dod, id: "not-overridden" })).toBe(false); // dod is neither commercial nor gov
  });

  it("states its sources and compilation date for each provider", () => {
    for (const provider of PROVIDERS) {
      const source = CATALOG_SOURCES[provider];
      expect(source.provider).toBe(provider);
      expect(source.compiled).toBe("2026-11");
      expect(source.documents.length).toBeGreaterThan(0);
      for (const doc of source.documents) expect(doc.url).toMatch(/^https:\/\//);
    }
  });
});

describe("region lookups", () => {
  it("finds regions by provider and id, by key, and refuses unknown ones", () => {
    expect(getRegion("gcp", "europe-west1")?.country).toBe("BE");
    expect(getRegion("aws", "eastus")).toBeUndefined();
    expect(getRegionByKey(regionKey("aws", "eu-west-1"))?.city).toBe("Dublin");
    expect(requireRegion("westeurope").displayName).toBe("West Europe");
    expect(requireRegion({ provider: "aws", id: "us-east-1" }).displayName).toBe("US East (N. Virginia)");
    expect(() => requireRegion("aws:us-east-9")).toThrow(/Unknown region "aws:us-east-9"/);
  });

  it("lists one provider or all, Azure first", () => {
    const all = listRegions();
    expect(all.length).toBe(listRegions("azure").length + listRegions("aws").length + listRegions("gcp").length);
    expect(all[0]?.provider).toBe("azure");
  });
});
