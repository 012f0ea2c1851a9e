import { describe, expect, it } from "vitest";
import { listRegions, requireRegion } from "../catalog";
import {
  CROSS_PROVIDER_PENALTY_MS,
  estimateRttMs,
  FITTED_LATENCY_MODEL,
  fitLatencyModel,
  greatCircleKm,
  SAME_REGION_RTT_MS,
  type TrainingPair,
} from "./estimate";
import { MEASURED_PAIRS } from "./measured-pairs";

describe("great-circle distance", () => {
  it("matches known city distances", () => {
    expect(greatCircleKm({ lat: 51.51, lon: -0.13 }, { lat: 48.86, lon: 2.35 })).toBeCloseTo(343, -1); // London–Paris
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(20015, -1);
  });
});

describe("latency estimator", () => {
  it("ships constants equal to a re-fit on the measured pairs", () => {
    const refit = fitLatencyModel(MEASURED_PAIRS);
    expect(refit.baseMs).toBeCloseTo(FITTED_LATENCY_MODEL.baseMs, 3);
    expect(refit.msPer1000Km).toBeCloseTo(FITTED_LATENCY_MODEL.msPer1000Km, 3);
    expect(refit.hinges).toEqual(FITTED_LATENCY_MODEL.hinges);
    expect(refit.regionMsPer1000Km).toEqual(FITTED_LATENCY_MODEL.regionMsPer1000Km);
    expect(refit.geographyPairMsPer1000Km).toEqual(FITTED_LATENCY_MODEL.geographyPairMsPer1000Km);
  });

  it("recovers a known linear law from synthetic data", () => {
    const regions = listRegions("aws");
    const pairs: TrainingPair[] = [];
    regions.forEach((a, i) => regions.slice(i + 1).forEach((b) => {
      pairs.push({ a, b, rttMs: 4 + 0.012 * greatCircleKm(a, b) });
    }));
    const model = fitLatencyModel(pairs);
    expect(model.baseMs).toBeCloseTo(4, 2);
    expect(model.msPer1000Km).toBeCloseTo(12, 2);
    for (const h of model.hinges) expect(h.extraMsPer1000Km).toBeCloseTo(0, 2);
  });

  it("fits a region's own detour when asked to (regionSlopes), and leaves regions out by default", () => {
    const regions = listRegions("aws");
    const slow = regions[0]!;
    const pairs: TrainingPair[] = [];
    regions.forEach((a, i) => regions.slice(i + 1).forEach((b) => {
      const d = greatCircleKm(a, b) / 1000;
      pairs.push({ a, b, rttMs: 4 + d * (12 + (a === slow || b === slow ? 3 : 0)) });
    }));
    const withRegions = fitLatencyModel(pairs, { regionSlopes: true, geographyPairSlopes: false, ridge: 1e-9 });
    // Only differences between regions are identifiable (a constant can move into the common slope).
    const slope = (r: { id: string }) => withRegions.regionMsPer1000Km[`aws:${r.id}`]!;
    expect(slope(slow) - slope(regions[1]!)).toBeCloseTo(3, 2);
    expect(slope(regions[2]!) - slope(regions[1]!)).toBeCloseTo(0, 2);
    expect(fitLatencyModel(pairs).regionMsPer1000Km).toEqual({});
  });

  it("gives 1 ms within a region and adds the interconnect penalty across providers", () => {
    const eastus = requireRegion("azure:eastus");
    expect(estimateRttMs(eastus, eastus)).toBe(SAME_REGION_RTT_MS);
    // GCP us-east4 and AWS us-east-1 are both in Ashburn: distance 0, so only base + penalty.
    const gcp = requireRegion("gcp:us-east4");
    const aws = requireRegion("aws:us-east-1");
    expect(estimateRttMs(gcp, aws)).toBeCloseTo(FITTED_LATENCY_MODEL.baseMs + CROSS_PROVIDER_PENALTY_MS, 6);
  });

  it("never promises less than light in fibre allows (1 ms per 100 km of great circle)", () => {
    const all = listRegions();
    for (const a of all) {
      for (const b of all) {
        if (a === b) continue;
        expect(estimateRttMs(a, b), `${a.id}–${b.id}`).toBeGreaterThanOrEqual(greatCircleKm(a, b) / 100);
      }
    }
  });
});
