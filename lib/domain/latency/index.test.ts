import { describe, expect, it } from "vitest";
import { listRegions, requireRegion } from "../catalog";
import { estimateRttMs, minimumPhysicalRttMs, rtt } from "./index";

describe("rtt", () => {
  it("answers measured Azure pairs from the table, tagged measured", () => {
    // East US → West Europe and back are both 90 ms in the table.
    expect(rtt({ provider: "azure", id: "eastus" }, { provider: "azure", id: "westeurope" })).toEqual({ rttMs: 90, source: "measured" });
    expect(rtt("azure:denmarkeast", "indonesiacentral")).toEqual({ rttMs: 221, source: "measured" });
  });

  it("estimates blank cells, other Azure regions, AWS, GCP and cross-cloud pairs, tagged estimated", () => {
    const blank = rtt("australiacentral", "denmarkeast"); // blank both ways in the table
    expect(blank.source).toBe("estimated");
    expect(blank.rttMs).toBeGreaterThan(200);
    expect(blank.rttMs).toBeLessThan(350);
    for (const [a, b] of [["westindia", "centralindia"], ["aws:us-east-1", "aws:eu-west-1"], ["gcp:europe-west1", "azure:westeurope"]] as const) {
      expect(rtt(a, b).source, `${a}–${b}`).toBe("estimated");
    }
    expect(rtt("aws:us-east-1", "aws:eu-west-1").rttMs).toBeGreaterThan(55);
    expect(rtt("aws:us-east-1", "aws:eu-west-1").rttMs).toBeLessThan(95);
  });

  it("is symmetric for every pair, measured or estimated", () => {
    const regions = listRegions();
    for (let i = 0; i < regions.length; i += 3) {
      for (let j = 0; j < regions.length; j += 2) {
        const a = regions[i]!;
        const b = regions[j]!;
        expect(rtt(a, b), `${a.id}–${b.id}`).toEqual(rtt(b, a));
      }
    }
  });

  it("accepts refs and keys alike, and gives 1 ms within a region", () => {
    expect(rtt("aws:eu-west-1", "gcp:europe-west1")).toBe(rtt({ provider: "aws", id: "eu-west-1" }, { provider: "gcp", id: "europe-west1" }));
    expect(rtt("gcp:us-central1", "gcp:us-central1")).toEqual({ rttMs: 1, source: "estimated" });
  });

  it("throws a clear error for unknown regions", () => {
    expect(() => rtt("azure:atlantis", "eastus")).toThrow(/Unknown region "azure:atlantis"/);
    expect(() => rtt("eastus", { provider: "aws", id: "eastus" })).toThrow(/Unknown region "aws:eastus"/);
    expect(() => rtt("oracle:us-ashburn-1", "eastus")).toThrow(/Unknown cloud provider "oracle"/);
  });
});

describe("rtt estimates", () => {
  it("follow the measured neighbours: AWS Virginia–Dublin lands nearer Azure's measured Virginia–Dublin than the plain fit", () => {
    const measuredAzure = rtt("azure:eastus", "azure:northeurope");
    expect(measuredAzure.source).toBe("measured");
    const aws = rtt("aws:us-east-1", "aws:eu-west-1").rttMs;
    const plain = estimateRttMs(requireRegion("aws:us-east-1"), requireRegion("aws:eu-west-1"));
    expect(Math.abs(aws - measuredAzure.rttMs)).toBeLessThan(Math.abs(plain - measuredAzure.rttMs));
  });

  it("never promise less than light in fibre allows, for every estimated pair", () => {
    const all = listRegions();
    for (const a of all) {
      for (const b of all) {
        const result = rtt(a, b);
        if (a === b || result.source === "measured") continue;
        expect(result.rttMs, `${a.id}–${b.id}`).toBeGreaterThanOrEqual(minimumPhysicalRttMs(a, b));
      }
    }
  });
});
