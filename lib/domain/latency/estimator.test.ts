import { describe, expect, it } from "vitest";
import { requireRegion } from "../catalog";
import { estimateRttMs, FITTED_LATENCY_MODEL, SAME_REGION_RTT_MS } from "./estimate";
import { buildLatencyEstimator, minimumPhysicalRttMs } from "./estimator";
import { greatCircleKm } from "./geo";

const amsterdam = requireRegion("azure:westeurope");
const sydney = requireRegion("azure:australiaeast");

describe("latency estimator", () => {
  it("without a correction is the fitted model itself", () => {
    const plain = buildLatencyEstimator([], { model: FITTED_LATENCY_MODEL, correction: null });
    const aws = requireRegion("aws:us-east-1");
    expect(plain.estimateRttMs(amsterdam, aws)).toBe(estimateRttMs(amsterdam, aws));
  });

  it("multiplies the fit by e^logFactor: a neighbour measured 10% slower makes the estimate slower", () => {
    const fitted = estimateRttMs(amsterdam, sydney);
    const measured = [{ a: amsterdam, b: sydney, rttMs: fitted * 1.1 }];
    const estimator = buildLatencyEstimator(measured, { model: FITTED_LATENCY_MODEL, correction: { kernelKm: 500, shrinkage: 0.05 } });
    const awsSydney = requireRegion("aws:ap-southeast-2"); // 0 km from australiaeast: full weight
    // Cross-provider pair: the fit adds its interconnect penalty, the factor is exp(ln(1.1) / 1.05).
    expect(estimator.estimateRttMs(amsterdam, awsSydney)).toBeCloseTo(
      estimateRttMs(amsterdam, awsSydney) * Math.exp(Math.log(1.1) / 1.05),
      9,
    );
  });

  it("never answers faster than light in fibre, however fast the neighbours were measured", () => {
    const estimator = buildLatencyEstimator([{ a: amsterdam, b: sydney, rttMs: 1 }], { model: FITTED_LATENCY_MODEL });
    const awsSydney = requireRegion("aws:ap-southeast-2");
    expect(minimumPhysicalRttMs(amsterdam, awsSydney)).toBeCloseTo(greatCircleKm(amsterdam, awsSydney) / 100, 12);
    expect(estimator.estimateRttMs(amsterdam, awsSydney)).toBe(minimumPhysicalRttMs(amsterdam, awsSydney));
  });

  it("answers the same-region constant", () => {
    const estimator = buildLatencyEstimator([{ a: amsterdam, b: sydney, rttMs: 300 }], { model: FITTED_LATENCY_MODEL });
    expect(estimator.estimateRttMs(sydney, sydney)).toBe(SAME_REGION_RTT_MS);
  });
});
