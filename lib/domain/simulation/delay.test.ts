import { describe, expect, it } from "vitest";
import {
  DELAY_LOG_SIGMA, EXCESS_MEDIAN_TO_P95_RATIO, fibreMinimumRoundTripMs, fitPairDelay, oneWayDelayMs, oneWayQuantileMs, roundTripQuantileMs,
  standardNormalQuantile, Z_95,
} from "./delay";

describe("message delay distribution", () => {
  it("puts the physical minimum at 1 ms of round trip per 100 km of great circle", () => {
    expect(fibreMinimumRoundTripMs(5_000)).toBe(50);
    expect(fibreMinimumRoundTripMs(0)).toBe(0);
  });

  it("reproduces the model's P95 round trip and the stated median, in closed form", () => {
    // 5,900 km (about Virginia to the Netherlands): 59 ms minimum; the model says 80 ms at P95.
    const pair = fitPairDelay({ p95RoundTripMs: 80, distanceKm: 5_900, sameRegion: false });
    expect(roundTripQuantileMs(pair, 0.95)).toBeCloseTo(80, 6);
    // Median round trip: minimum + 0.8 * (P95 - minimum) = 59 + 0.8 * 21 = 75.8 ms.
    expect(EXCESS_MEDIAN_TO_P95_RATIO).toBe(0.8);
    expect(roundTripQuantileMs(pair, 0.5)).toBeCloseTo(75.8, 6);
    expect(oneWayDelayMs(pair, 0)).toBeCloseTo(37.9, 9);
    expect(oneWayDelayMs(pair, Z_95)).toBeCloseTo(40, 9);
    expect(DELAY_LOG_SIGMA).toBeCloseTo(Math.log(1.25) / 1.6448536269514722, 12);
  });

  it("never draws below half the fibre minimum one way, however small the draw", () => {
    const pair = fitPairDelay({ p95RoundTripMs: 80, distanceKm: 5_900, sameRegion: false });
    expect(oneWayDelayMs(pair, -40)).toBeGreaterThanOrEqual(29.5);
    expect(oneWayQuantileMs(pair, 1e-9)).toBeGreaterThan(29.5);
    expect(oneWayQuantileMs(pair, 1e-9)).toBeLessThan(oneWayQuantileMs(pair, 0.5));
  });

  it("raises a model P95 under the fibre minimum to the minimum, and says so", () => {
    const pair = fitPairDelay({ p95RoundTripMs: 40, distanceKm: 5_900, sameRegion: false });
    expect(pair.belowFibreMinimum).toBe(true);
    expect(pair.p95RoundTripMs).toBe(59);
    expect(oneWayQuantileMs(pair, 0.01)).toBe(29.5);
    expect(oneWayQuantileMs(pair, 0.99)).toBe(29.5);
  });

  it("fixes the delay inside one region at half the model's same-region round trip", () => {
    const pair = fitPairDelay({ p95RoundTripMs: 1, distanceKm: 0, sameRegion: true });
    expect(oneWayDelayMs(pair, -3)).toBe(0.5);
    expect(oneWayDelayMs(pair, 3)).toBe(0.5);
  });

  it("inverts the normal distribution", () => {
    expect(standardNormalQuantile(0.5)).toBe(0);
    expect(standardNormalQuantile(0.95)).toBeCloseTo(Z_95, 8);
    expect(standardNormalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
    expect(standardNormalQuantile(0.001)).toBeCloseTo(-3.090232306, 7);
    expect(() => standardNormalQuantile(1)).toThrow(RangeError);
  });
});
