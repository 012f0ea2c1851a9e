import { describe, expect, it } from "vitest";
import { getRegion } from "../catalog";
import { allMinusExcludes, azureRegionsOf, regionsExcludedBy } from "./region-selection";
import { importQdq } from ".";

describe("QDQ's exclusions, resolved with the catalog", () => {
  it("reads a region name, a country code and a country name", () => {
    expect(regionsExcludedBy("westeurope", "x")).toEqual(["westeurope"]);
    expect(regionsExcludedBy("BR", "x").sort()).toEqual(["brazilsouth", "brazilsoutheast"]);
    expect(regionsExcludedBy("United Kingdom", "x").sort()).toEqual(["uksouth", "ukwest"]);
  });

  it("refuses an exclusion that names nothing, naming where it is", () => {
    expect(() => regionsExcludedBy("atlantis", "excludeRegions[2]")).toThrow(/^excludeRegions\[2\]: 'atlantis' is not an Azure region, a country code/);
  });

  it("takes the classification's regions less the excluded, and says which exclusion changed nothing", () => {
    const warnings: string[] = [];
    const gov = allMinusExcludes("gov", ["usgovtexas", "westeurope"], "excludeRegions", warnings);
    expect(gov).toEqual(azureRegionsOf("gov").filter((id) => id !== "usgovtexas"));
    expect(gov).toContain("usgovvirginia");
    expect(warnings).toEqual(["excludeRegions[1]: 'westeurope' names no gov region, so it excludes nothing"]);
    expect(() => allMinusExcludes("dod", ["US"], "excludeRegions", [])).toThrow(/^excludeRegions: excludes every dod region/);
  });
});

describe("all-minus-excludes in the inputs", () => {
  it("uses commercial when a TopologyFile names no classification, as QDQ does", () => {
    const { document, warnings } = importQdq({ strategy: "all-minus-excludes", excludeRegions: ["US"], placements: { validators: { replicas: 4 } } });
    expect(document.regions.some((r) => getRegion("azure", r.region)?.country === "US")).toBe(false);
    expect(document.regions.every((r) => getRegion("azure", r.region)?.classification === "commercial")).toBe(true);
    expect(warnings).toContain("classification: none given for all-minus-excludes; used commercial, as QDQ does");
  });

  it("reads --azureAllRegions with a class and exclusions", () => {
    const { document } = importQdq({ azureAllRegions: true, azureRegionClass: "china", azureRegionExclude: "chinaeast,chinanorth", validators: 4 });
    expect(document.regions.map((r) => r.region)).toEqual(azureRegionsOf("china").filter((id) => id !== "chinaeast" && id !== "chinanorth"));
  });

  it("is refused in a regional file, whose map already chooses the regions", () => {
    expect(() => importQdq({ strategy: "all-minus-excludes", regions: { eastus: {} } })).toThrow(/^strategy: 'all-minus-excludes' takes every region/);
  });

  it("refuses a regional file that excludes a region it configures", () => {
    expect(() => importQdq({ regions: { eastus: {}, westeurope: {} }, excludeRegions: ["NL"] }))
      .toThrow(/^excludeRegions\[0\]: 'NL' excludes westeurope, which this file configures/);
  });
});
