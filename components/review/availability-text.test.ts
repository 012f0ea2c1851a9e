import { describe, expect, it } from "vitest";
import type { AvailabilityDelta, AvailabilitySide } from "@/lib/domain/diff/impact-diff";
import { describeSampling, formatAvailabilityPercent, formatDowntimeChange } from "./availability-text";

const exact = (downtimeMinutesPerYear: number): AvailabilitySide => ({ method: "exact", probability: 1 - downtimeMinutesPerYear / 525_600, downtimeMinutesPerYear });
const delta = (before: AvailabilitySide, after: AvailabilitySide, withinSamplingError = false): AvailabilityDelta => ({
  before, after, changeMinutesPerYear: after.downtimeMinutesPerYear - before.downtimeMinutesPerYear, sentence: "", withinSamplingError,
});

describe("availability change text", () => {
  it("signs the change in expected downtime and says when there is none", () => {
    expect(formatDowntimeChange(delta(exact(315.33), exact(91.84)))).toBe("−223 minutes a year");
    expect(formatDowntimeChange(delta(exact(4), exact(8.5)))).toBe("+4.5 minutes a year");
    expect(formatDowntimeChange(delta(exact(4), exact(5)))).toBe("+1 minute a year");
    expect(formatDowntimeChange(delta(exact(52.56), exact(52.56)))).toBe("no change");
  });

  it("claims no change a sampled comparison cannot tell from noise", () => {
    expect(formatDowntimeChange(delta(exact(52.5), exact(52.7), true))).toBe("within sampling error");
  });

  it("prints four decimals of a percent", () => {
    expect(formatAvailabilityPercent(0.99940005)).toBe("99.9400%");
    expect(formatAvailabilityPercent(1)).toBe("100.0000%");
  });

  it("describes a sampled side by its trials, seed and interval, and an exact side not at all", () => {
    const sampled: AvailabilitySide = {
      method: "monte-carlo", probability: 0.9998, downtimeMinutesPerYear: 105.8, trials: 200_000, seed: 1,
      confidence95: { low: 0.99979, high: 0.99981 }, downtimeMinutesPerYearConfidence95: { low: 105.39, high: 106.12 },
    };
    expect(describeSampling(8, sampled)).toBe("v8: Monte Carlo, 200,000 trials, seed 1, 95% interval 105–106 minutes a year");
    expect(describeSampling(7, exact(52))).toBeNull();
  });
});
