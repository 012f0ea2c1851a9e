import { describe, expect, it } from "vitest";
import { getRegion } from "../catalog";
import { PROVIDERS } from "../schema/enums";
import { starterDocument } from "../starter";
import { compareProviders, priceOnProvider } from "./price-on-provider";
import { priceTopology } from "./price-topology";
import { TEST_CATALOG, testDocument } from "./testing/fixtures";

const opts = { catalog: TEST_CATALOG };

const doc = testDocument(
  [
    { id: "ams", provider: "azure", region: "westeurope" },
    { id: "sao", provider: "azure", region: "brazilsouth" },
    { id: "gov", provider: "azure", region: "usgovvirginia" },
  ],
  [
    { id: "v-ams", regionId: "ams", role: "validator", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
    { id: "v-sao", regionId: "sao", role: "validator", count: 2, deploymentType: "vmss", vmSize: "Standard_E8s_v5" },
    { id: "r-gov", regionId: "gov", role: "rpc", count: 1, deploymentType: "aca", vmSize: "Standard_D2s_v5" },
  ],
);

describe("priceOnProvider", () => {
  it("moves each region to the nearest region of the provider by great-circle distance", () => {
    const aws = priceOnProvider(doc, "aws", opts);
    expect(aws.mapping.regions.ams?.to).toBe("eu-central-1"); // Amsterdam: Frankfurt ~360 km, Dublin ~750 km
    expect(aws.mapping.regions.sao?.to).toBe("sa-east-1");
    expect(aws.mapping.regions.ams?.distanceKm).toBeGreaterThan(300);
    expect(aws.mapping.regions.ams?.distanceKm).toBeLessThan(420);
    expect(aws.mapping.regions.ams?.from).toBe("azure:westeurope");
  });

  it("keeps sovereign regions in a cloud of the same classification where one exists, else says it could not", () => {
    expect(priceOnProvider(doc, "aws", opts).mapping.regions.gov?.to).toBe("us-gov-east-1");
    const gcp = priceOnProvider(doc, "gcp", opts);
    expect(gcp.mapping.regions.gov?.to).toBe("us-east4");
    expect(gcp.mapping.regions.gov?.note).toMatch(/no gov region/);
    expect(gcp.assumptions.some((a) => a.includes("no gov region"))).toBe(true);
  });

  it("maps sizes by vCPU and memory and deployment types by kind, and prices the result", () => {
    const aws = priceOnProvider(doc, "aws", opts);
    expect(aws.mapping.sizes).toEqual({ Standard_D4s_v5: "m6i.xlarge", Standard_E8s_v5: "r6i.2xlarge", Standard_D2s_v5: "m6i.large" });
    expect(aws.mapping.deploymentTypes).toEqual({ aks: "eks", vmss: "ec2", aca: "fargate" });
    expect(aws.byGroup["v-sao"]?.pricedSize).toBe("r6i.2xlarge");
    expect(aws.byGroup["v-sao"]?.compute).toBeCloseTo(2 * 0.504 * 1.59 * 730, 6);
    expect(aws.byProvider.aws).toBeCloseTo(aws.totalMonthlyUsd, 6);
    expect(aws.byProvider.azure).toBe(0);
    expect(Object.keys(aws.clusterFees)).toEqual(["ams"]);
  });

  it("leaves a topology already on the provider as it is", () => {
    const azure = priceOnProvider(doc, "azure", opts);
    expect(azure.totalMonthlyUsd).toBeCloseTo(priceTopology(doc, opts).totalMonthlyUsd, 9);
    expect(azure.mapping.regions.ams).toEqual({ from: "azure:westeurope", to: "westeurope", distanceKm: 0 });
  });
});

describe("compareProviders", () => {
  it("prices the same network on all three providers", () => {
    const all = compareProviders(doc, opts);
    expect(Object.keys(all).sort()).toEqual([...PROVIDERS].sort());
    for (const p of PROVIDERS) {
      expect(all[p].provider).toBe(p);
      expect(all[p].totalMonthlyUsd).toBeGreaterThan(0);
      expect(all[p].byProvider[p]).toBeCloseTo(all[p].totalMonthlyUsd, 6);
    }
  });

  it("works against Meridian's real region catalog: the starter network maps to cataloged regions", () => {
    const all = compareProviders(starterDocument("starter"));
    for (const p of PROVIDERS) {
      const target = all[p].mapping.regions.eastus?.to ?? "";
      expect(getRegion(p, target)?.geography).toBe("United States");
      expect(all[p].totalMonthlyUsd).toBeGreaterThan(500);
      expect(all[p].totalMonthlyUsd).toBeLessThan(3000);
    }
  });
});
