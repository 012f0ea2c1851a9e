import { describe, expect, it } from "vitest";
import { region, withValidators } from "../../consensus/test-documents";
import { computeAvailability } from "./compute";
import { eastus, noValidators, oneRegion, threeAzureRegions, threeClouds, twoCloudsThreeRegions, twoParallelVpns, westeurope } from "./test-fixtures";

const MINUTES = 525_600;

describe("computeAvailability: closed forms, exact enumeration", () => {
  it("one region with availability a and n validators: p = a x cloud", () => {
    const result = computeAvailability(oneRegion(4), { regionAvailability: { "azure:eastus": 0.99 }, cloudAvailability: { azure: 0.999 } });
    expect(result.method).toBe("exact");
    expect(result.events.map((e) => [e.kind, e.id, e.availabilityProbability])).toEqual([["provider", "azure", 0.999], ["region", "azure:eastus", 0.99]]);
    expect(result.probability).toBeCloseTo(0.99 * 0.999, 14);
    expect(result.downtimeMinutesPerYear).toBeCloseTo((1 - 0.99 * 0.999) * MINUTES, 8);
    expect(result.confidence95).toBeUndefined();
    // Halting states: region alone 0.01 x 0.999, cloud alone 0.001 x 0.99, both 0.00001; the region alone leads.
    expect(result.mostLikelyOutage).toMatchObject({ eventIds: ["azure:eastus"], label: "Azure eastus down, everything else up" });
    expect(result.mostLikelyOutage!.stateProbability).toBeCloseTo(0.01 * 0.999, 14);
    expect(result.mostLikelyOutage!.shareOfDowntime).toBeCloseTo((0.01 * 0.999) / (1 - 0.99 * 0.999), 12);
  });

  it("reads the published figures by default: AKS with zones 99.95%, whole cloud 99.99% assumed", () => {
    const result = computeAvailability(oneRegion(4));
    const [cloud, east] = result.events;
    expect(cloud).toMatchObject({ availabilityProbability: 0.9999, source: { kind: "assumption" } });
    expect(east).toMatchObject({ availabilityProbability: 0.9995, source: { kind: "published" } });
    expect(east!.source.figures.map((f) => f.id)).toEqual(["azure-aks-standard-zones"]);
    expect(result.downtimeMinutesPerYear).toBeCloseTo((1 - 0.9995 * 0.9999) * MINUTES, 8);
  });

  it("k of n regions: 2 of 3 with different availabilities, and the binomial 4 of 5", () => {
    const three = computeAvailability(threeAzureRegions(), {
      regionAvailability: { "azure:eastus": 0.9, "azure:westeurope": 0.8, "azure:uksouth": 0.7 },
      cloudAvailability: { azure: 0.999 },
    });
    const [a, b, c] = [0.9, 0.8, 0.7];
    expect(three.quorum).toBe(2);
    expect(three.probability).toBeCloseTo(0.999 * (a * b + a * c + b * c - 2 * a * b * c), 14);

    const ids = ["eastus", "westeurope", "uksouth", "northeurope", "francecentral"];
    const five = computeAvailability(withValidators(ids.map((id) => region(id, "azure", id)), [1, 1, 1, 1, 1]), {
      regionAvailability: Object.fromEntries(ids.map((id) => [`azure:${id}`, 0.9])),
      cloudAvailability: { azure: 1 },
    });
    expect(five.quorum).toBe(4);
    expect(five.probability).toBeCloseTo(0.9 ** 5 + 5 * 0.9 ** 4 * 0.1, 14);
  });

  it("a whole cloud takes its regions together: lower than the same figures failing independently", () => {
    const [a1, a2, w, cloudA, cloudW] = [0.9, 0.8, 0.7, 0.999, 0.998];
    const correlated = computeAvailability(twoCloudsThreeRegions(), {
      includeLinks: false,
      regionAvailability: { "azure:eastus": a1, "azure:westeurope": a2, "aws:us-east-1": w },
      cloudAvailability: { azure: cloudA, aws: cloudW },
    });
    expect(correlated.probability).toBeCloseTo(cloudA * (a1 * a2 + cloudW * w * (a1 + a2 - 2 * a1 * a2)), 14);

    // The same three validators on three clouds: each fails alone, p1 p2 + p1 p3 + p2 p3 - 2 p1 p2 p3.
    const independent = computeAvailability(threeClouds(), {
      includeLinks: false,
      regionAvailability: { "azure:eastus": a1, "gcp:europe-west1": a2, "aws:us-east-1": w },
      cloudAvailability: { azure: cloudA, gcp: cloudA, aws: cloudW },
    });
    const [p1, p2, p3] = [cloudA * a1, cloudA * a2, cloudW * w];
    expect(independent.probability).toBeCloseTo(p1 * p2 + p1 * p3 + p2 * p3 - 2 * p1 * p2 * p3, 14);
    expect(correlated.probability).toBeLessThan(independent.probability);
  });

  it("two VPNs where either alone is enough: 1 - (1-a)(1-b), with both clouds up; both down together counts", () => {
    const result = computeAvailability(twoParallelVpns(), {
      regionAvailability: { "azure:eastus": 1, "azure:westeurope": 1, "aws:us-east-1": 1 },
      cloudAvailability: { azure: 0.999, aws: 0.998 },
      linkAvailability: { "vpn-east": 0.9, "vpn-west": 0.8 },
    });
    expect(result.quorum).toBe(3);
    expect(result.probability).toBeCloseTo(0.999 * 0.998 * (1 - 0.1 * 0.2), 14);
  });

  it("prices a VPN between clouds as both gateways' figures multiplied", () => {
    const links = computeAvailability(twoParallelVpns()).events.filter((e) => e.kind === "link");
    expect(links.map((l) => l.id)).toEqual(["vpn-east", "vpn-west"]);
    expect(links[0]!.availabilityProbability).toBeCloseTo(0.9995 * 0.9995, 15);
    expect(links[0]!.source.figures.map((f) => f.id)).toEqual(["azure-vpn-gateway", "aws-site-to-site-vpn"]);
  });

  it("treats two document regions in one cloud region as one event, at their weakest deployment", () => {
    const a = region("east-a", "azure", "eastus");
    const b = region("east-b", "azure", "eastus");
    const doc = withValidators([a, b, westeurope], [2, 1, 3]);
    const regions = computeAvailability(doc).events.filter((e) => e.kind === "region");
    expect(regions.map((e) => [e.id, e.availabilityProbability])).toEqual([
      ["azure:eastus", 0.995], // east-b: one AKS validator on a single standard-SSD node
      ["azure:westeurope", 0.9995],
    ]);
    expect(regions[0]!.label).toBe("Azure eastus ('east-a', 'east-b')");
    expect(regions[0]!.source.text).toMatch(/^The weakest deployment its validators run on, 'val-east-b' \(aks, 1 instance\): Virtual Machines: single instance with Standard SSD/);
  });

  it("leaves out regions that hold no validators and carry no path, and says so", () => {
    const result = computeAvailability(withValidators([eastus, westeurope], [4, 0]));
    expect(result.events.map((e) => e.id)).toEqual(["azure", "azure:eastus"]);
    expect(result.assumptions.some((line) => line.includes("Left out") && line.includes("Azure westeurope"))).toBe(true);
  });

  it("applies Raft's rule the same way (2 of 3 in one cloud)", () => {
    const doc = withValidators([eastus, westeurope, region("uksouth", "azure", "uksouth")], [1, 1, 1], { client: "goquorum", consensus: "raft" });
    const result = computeAvailability(doc, {
      regionAvailability: { "azure:eastus": 0.9, "azure:westeurope": 0.9, "azure:uksouth": 0.9 },
      cloudAvailability: { azure: 1 },
    });
    expect(result.probability).toBeCloseTo(3 * 0.81 - 2 * 0.729, 14);
  });

  it("never produces blocks without validators", () => {
    const result = computeAvailability(noValidators());
    expect(result).toMatchObject({ method: "exact", probability: 0, downtimeMinutesPerYear: MINUTES, validators: 0 });
    expect(result.mostLikelyOutage).toBeUndefined();
    expect(result.assumptions[0]).toBe("The design has no validators: it cannot produce blocks.");
  });

  it("says so when the validators cannot reach a quorum with everything up", () => {
    // Two clouds and no VPN between them: 2 | 2 of 4, quorum 3.
    const result = computeAvailability(withValidators([eastus, region("use1", "aws", "us-east-1")], [2, 2]));
    expect(result.probability).toBe(0);
    expect(result.assumptions[0]).toMatch(/^The chain cannot produce blocks even with everything up/);
  });

  it("prints its assumptions, sources and method", () => {
    const lines = computeAvailability(twoParallelVpns()).assumptions;
    expect(lines[0]).toBe("Blocks are produced while the validators that are up and can still exchange messages reach the quorum: 3 of 4 (QBFT), the rule of the failure-domain analysis.");
    expect(lines.some((l) => l.startsWith("Cloud Azure: 99.99%.") && l.includes("no provider publishes a rate") && l.includes("about 53 minutes a year"))).toBe(true);
    expect(lines.some((l) => l.startsWith("Link VPN 'vpn-east' (eastus - use1): 99.9%.") && l.includes("https://aws.amazon.com/vpn/site-to-site-vpn-sla/"))).toBe(true);
    expect(lines).toContain("Expected downtime is (1 - probability) x 525,600 minutes (a 365-day year).");
    expect(lines.some((l) => l.startsWith("Method: exact, over every up/down combination of the 7 events"))).toBe(true);
  });

  it("refuses an availability outside [0, 1]", () => {
    expect(() => computeAvailability(oneRegion(4), { cloudAvailability: { azure: 99.99 } })).toThrow(RangeError);
  });
});
