import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { listRegions } from "../catalog";
import { PROVIDERS } from "../region-key";
import { CARBON_SOURCES, INTENSITY_TABLES, carbonIntensity, carbonIntensityOrAverage, providerAverageIntensity } from "./index";

// Cloud Carbon Footprint publishes metric tonnes per kWh; Google publishes grams per kWh.
const TONNES_TO_GRAMS = 1_000_000;

describe("published intensities", () => {
  it.each([
    // @cloud-carbon-footprint/aws 0.15.0 AWS_EMISSIONS_FACTORS_METRIC_TON_PER_KWH
    ["aws", "eu-north-1", 0.0000088, "ccf-aws-grid"],
    ["aws", "af-south-1", 0.0009006, "ccf-aws-grid"],
    // us-east-1 is SERC; @cloud-carbon-footprint/core 1.0.0 US_NERC_REGIONS_EMISSIONS_FACTORS.SERC
    ["aws", "us-east-1", 0.0003651277965, "ccf-us-nerc"],
    // @cloud-carbon-footprint/azure 1.8.0 AZURE_EMISSIONS_FACTORS_METRIC_TON_PER_KWH
    ["azure", "westeurope", 0.0003284, "ccf-azure-grid"],
    ["azure", "swedencentral", 0.00000567, "ccf-azure-grid"],
    // southcentralus is TRE
    ["azure", "southcentralus", 0.0003341569631, "ccf-us-nerc"],
  ] as const)("%s %s is %s t/kWh from %s", (provider, id, tonnesPerKwh, sourceId) => {
    const found = carbonIntensity(provider, id);
    expect(found?.gramsPerKwh).toBeCloseTo(tonnesPerKwh * TONNES_TO_GRAMS, 9);
    expect(found?.source.id).toBe(sourceId);
  });

  it.each([
    // region-carbon-info data/yearly/2025.csv, column "Grid carbon intensity (gCO2eq / kWh)"
    ["europe-west9", 15.83],
    ["us-central1", 431.95],
    ["asia-south1", 598.45],
  ] as const)("gcp %s is %s g/kWh from Google's 2025 table", (id, grams) => {
    expect(carbonIntensity("gcp", id)).toEqual({ gramsPerKwh: grams, source: expect.objectContaining({ id: "google-region-carbon-2025", factorsYear: "2025" }) });
  });

  it("names no region outside the catalog (a typo would silently never match)", () => {
    for (const p of PROVIDERS) {
      const catalog = new Set(listRegions(p).map((r) => r.id));
      expect(Object.keys(INTENSITY_TABLES[p]).filter((id) => !catalog.has(id)), p).toEqual([]);
    }
  });

  it("covers at least 70% of AWS, 60% of Azure and all Google Cloud catalog regions", () => {
    const coverage = (p: (typeof PROVIDERS)[number]) => listRegions(p).filter((r) => carbonIntensity(p, r.id)).length / listRegions(p).length;
    expect(coverage("aws")).toBeGreaterThanOrEqual(0.7);
    expect(coverage("azure")).toBeGreaterThanOrEqual(0.6);
    expect(coverage("gcp")).toBe(1);
  });

  it("does not read inherited properties as regions", () => {
    expect(carbonIntensity("aws", "toString")).toBeUndefined();
    expect(carbonIntensity("aws", "constructor")).toBeUndefined();
  });
});

describe("regions without a published factor", () => {
  it("fall back to the provider's average, flagged as estimated", () => {
    expect(carbonIntensity("aws", "mx-central-1")).toBeUndefined();
    const estimate = carbonIntensityOrAverage("aws", "mx-central-1");
    // 27 AWS rows: us-east-1 and us-gov-east-1 SERC, us-east-2 RFC, three WECC; the 21 others sum to 8806.1.
    const expected = (2 * 365.1277965 + 376.1283186 + 3 * 298.6502059 + 8806.1) / 27;
    expect(estimate.gramsPerKwh).toBeCloseTo(expected, 9);
    expect(estimate.estimated).toBe(true);
    expect(estimate.note).toContain("aws:mx-central-1");
    expect(providerAverageIntensity("aws")).toMatchObject({ regionCount: 27, source: { id: "ccf-aws-grid" } });
  });

  it("are never zero, for any provider", () => {
    for (const p of PROVIDERS) expect(carbonIntensityOrAverage(p, "no-such-region").gramsPerKwh, p).toBeGreaterThan(0);
  });

  it("published factors are not flagged", () => {
    expect(carbonIntensityOrAverage("gcp", "europe-west9")).toMatchObject({ gramsPerKwh: 15.83, estimated: false });
  });
});

describe("attribution", () => {
  it("names every package, document and licence the figures come from", () => {
    const text = CARBON_SOURCES.join("\n");
    for (const needle of [
      "@cloud-carbon-footprint/aws 0.15.0",
      "@cloud-carbon-footprint/azure 1.8.0",
      "@cloud-carbon-footprint/core 1.0.0",
      "GcpFootprintEstimationConstants.ts",
      "https://cloud.google.com/sustainability/region-carbon",
      "Apache-2.0",
      "CC BY 4.0",
      "2026-12-08",
    ]) expect(text).toContain(needle);
  });
});

describe("the data README", () => {
  it("states the coverage the tables really have", () => {
    const readme = readFileSync(fileURLToPath(new URL("../../../data/README.md", import.meta.url)), "utf8");
    const section = readme.slice(readme.indexOf("## Carbon intensity per region"));
    for (const p of PROVIDERS) {
      const regions = listRegions(p);
      const covered = regions.filter((r) => carbonIntensity(p, r.id)).length;
      expect(section, p).toContain(`| ${covered} of ${regions.length} |`);
    }
  });
});
