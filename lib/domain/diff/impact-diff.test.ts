import { describe, expect, it } from "vitest";
import { region, withValidators } from "../consensus/test-documents";
import { MINUTES_PER_YEAR } from "../simulation/availability";
import { availabilityDelta, COMPARISON_AVAILABILITY_TRIALS } from "./impact-diff";

const eastus = region("eastus", "azure", "eastus");
/** Three validators on AKS in one region: the region runs at the AKS Standard figure, 99.95%, inside Azure's 99.99%. */
const oneRegion = withValidators([eastus], [3]);
/** One validator on AKS in each of three Azure regions: a single instance, 99.5%, and 2 of 3 make the quorum. */
const threeRegions = withValidators([eastus, region("westeurope", "azure", "westeurope"), region("uksouth", "azure", "uksouth")], [1, 1, 1]);

const cloud = 0.9999;
const oneRegionProbability = cloud * 0.9995;
const single = 0.995;
const twoOfThreeProbability = cloud * (single ** 3 + 3 * single ** 2 * (1 - single));

describe("availabilityDelta", () => {
  it("compares two exactly enumerated designs with the closed forms, in the version diff's sentence", () => {
    const delta = availabilityDelta(oneRegion, threeRegions, { before: "v1", after: "v2" });
    expect(delta.before).toEqual({ method: "exact", probability: expect.closeTo(oneRegionProbability, 12), downtimeMinutesPerYear: expect.closeTo(315.33372, 6) });
    expect(delta.after.method).toBe("exact");
    expect(delta.after.probability).toBeCloseTo(twoOfThreeProbability, 12);
    expect(delta.after.downtimeMinutesPerYear).toBeCloseTo((1 - twoOfThreeProbability) * MINUTES_PER_YEAR, 6);
    expect(delta.changeMinutesPerYear).toBeCloseTo((oneRegionProbability - twoOfThreeProbability) * MINUTES_PER_YEAR, 6);
    expect(delta.sentence).toBe("v1 -> v2: expected downtime 315 -> 92 minutes a year");
    expect(delta.withinSamplingError).toBe(false);
  });

  it("says no more than the figures without labels, and nothing changed between equal designs", () => {
    const same = availabilityDelta(oneRegion, oneRegion);
    expect(same.sentence).toBe("expected downtime 315 -> 315 minutes a year");
    expect(same.changeMinutesPerYear).toBe(0);
    expect(same.withinSamplingError).toBe(false);
  });

  it("carries the trials, seed and interval of a sampled side, and flags overlapping intervals", () => {
    const sampled = { maxExactEvents: 0, trials: 4_000 };
    const same = availabilityDelta(threeRegions, threeRegions, {}, sampled);
    for (const side of [same.before, same.after]) {
      expect(side).toMatchObject({ method: "monte-carlo", trials: 4_000, seed: 1 });
      expect(side.confidence95!.low).toBeLessThanOrEqual(side.probability);
      expect(side.confidence95!.high).toBeGreaterThanOrEqual(side.probability);
      expect(side.downtimeMinutesPerYearConfidence95!.low).toBeCloseTo((1 - side.confidence95!.high) * MINUTES_PER_YEAR, 6);
    }
    expect(same.withinSamplingError).toBe(true);
    // 315 against 92 minutes: far outside either interval.
    expect(availabilityDelta(oneRegion, threeRegions, {}, sampled).withinSamplingError).toBe(false);
  });

  it("samples with the comparison's own trial count when a design is too big to enumerate", () => {
    expect(COMPARISON_AVAILABILITY_TRIALS).toBe(200_000);
    const delta = availabilityDelta(threeRegions, threeRegions, {}, { maxExactEvents: 0 });
    expect(delta.after.trials).toBe(COMPARISON_AVAILABILITY_TRIALS);
  });
});
