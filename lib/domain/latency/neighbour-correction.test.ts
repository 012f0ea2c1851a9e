import { describe, expect, it } from "vitest";
import { requireRegion } from "../catalog";
import { greatCircleKm } from "./geo";
import { buildNeighbourCorrection } from "./neighbour-correction";

// One measured pair, Amsterdam–Sydney, measured e^0.2 times what a flat 100 ms "fit" says: residual 0.2.
const amsterdam = requireRegion("azure:westeurope");
const sydney = requireRegion("azure:australiaeast");
const residual = 0.2;
const options = { kernelKm: 500, shrinkage: 0.05 };
const correction = buildNeighbourCorrection([{ a: amsterdam, b: sydney, rttMs: 100 * Math.exp(residual) }], () => 100, options);

describe("neighbour correction", () => {
  it("gives the measured residual shrunk by 1 / (1 + shrinkage) at the measured pair itself", () => {
    expect(correction.logFactor(amsterdam, sydney)).toBeCloseTo(residual / 1.05, 12);
  });

  it("is symmetric and carries over to another provider's region in the same metro (0 km away)", () => {
    const awsSydney = requireRegion("aws:ap-southeast-2");
    expect(correction.logFactor(sydney, amsterdam)).toBeCloseTo(residual / 1.05, 12);
    expect(correction.logFactor(awsSydney, amsterdam)).toBeCloseTo(residual / 1.05, 12);
  });

  it("weighs a neighbour by exp(-(km / kernelKm)^2)", () => {
    const frankfurt = requireRegion("aws:eu-central-1");
    const weight = Math.exp(-((greatCircleKm(frankfurt, amsterdam) / 500) ** 2)); // 364 km: 0.59
    expect(correction.logFactor(frankfurt, sydney)).toBeCloseTo((weight * residual) / (weight + 0.05), 12);
  });

  it("is exactly 0 (the plain fit) where no measured pair lies near both ends", () => {
    expect(correction.logFactor(requireRegion("azure:brazilsouth"), sydney)).toBe(0);
    expect(correction.logFactor(amsterdam, requireRegion("gcp:europe-west1"))).toBe(0); // both ends near Amsterdam only
  });

  it("reads only the pairs it is given: a pair not in the list moves nothing", () => {
    const withOther = buildNeighbourCorrection(
      [
        { a: amsterdam, b: sydney, rttMs: 100 * Math.exp(residual) },
        { a: requireRegion("azure:brazilsouth"), b: requireRegion("azure:japaneast"), rttMs: 300 },
      ],
      () => 100,
      options,
    );
    expect(withOther.logFactor(amsterdam, sydney)).toBe(correction.logFactor(amsterdam, sydney));
  });
});
