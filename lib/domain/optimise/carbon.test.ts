import { describe, expect, it } from "vitest";
import { createHighsSolver } from "../../solver/highs";
import { prepareInstance } from "./instance";
import { optimise } from "./optimise";
import { dominates } from "./pareto";
import { OptimiseSpecSchema, type OptimiseSpecInput } from "./spec";
import { exhaustiveBest } from "./test-helpers";

const solver = createHighsSolver();

// Sweden and Finland run on low-carbon grids; Ireland, the Netherlands and Belgium less so.
const NORDIC_AND_WEST = ["aws:eu-north-1", "aws:eu-west-1", "azure:swedencentral", "azure:westeurope", "gcp:europe-north1", "gcp:europe-west1"];

describe("carbon objective", () => {
  it("equals exhaustive search on the same coefficients, and the design's carbon is the model's", async () => {
    const spec: OptimiseSpecInput = { client: "besu", consensus: "qbft", validators: 6, regions: NORDIC_AND_WEST, tolerate: { regions: 1, provider: true }, rpc: 1, objective: "carbon" };
    const result = await optimise(spec, solver);
    const best = exhaustiveBest(prepareInstance(OptimiseSpecSchema.parse(spec)), 6, "carbon")!;
    expect(result.solver).toMatchObject({ status: "optimal", gapPercent: 0 });
    expect(result.objective).toBeCloseTo(best.carbonKgCo2eMonth, 6);
    expect(result.metrics!.carbonKgCo2eMonth).toBeCloseTo(best.carbonKgCo2eMonth, 6);
    expect(result.metrics!.carbonEstimated).toBe(false);
  });

  it("puts validators where the grid is clean under carbon, where it is cheap under cost", async () => {
    // us-east-1 is cheaper a validator-month; eu-north-1's grid is about 40 times cleaner.
    const base: OptimiseSpecInput = { client: "besu", consensus: "qbft", validators: 4, regions: ["aws:us-east-1", "aws:eu-north-1"], tolerate: { regions: 0 } };
    const cost = await optimise({ ...base, objective: "cost" }, solver);
    const carbon = await optimise({ ...base, objective: "carbon" }, solver);
    expect(cost.design!.regions.map((r) => r.region)).toEqual(["us-east-1"]);
    expect(carbon.design!.regions.map((r) => r.region)).toEqual(["eu-north-1"]);
    expect(carbon.metrics!.carbonKgCo2eMonth).toBeLessThan(cost.metrics!.carbonKgCo2eMonth / 10);
    expect(carbon.explanation[1]).toMatch(/^aws:eu-north-1 .*carbon decided it: .* 1st lowest of 2\.$/);
    expect(cost.explanation[1]).not.toMatch(/carbon/);
    // Both ends are on the front: one is cheaper, the other greener, neither dominates.
    expect(cost.pareto.map((p) => p.regions)).toEqual([["aws:us-east-1"], ["aws:eu-north-1"]]);
    expect(dominates(cost.pareto[0]!, cost.pareto[1]!) || dominates(cost.pareto[1]!, cost.pareto[0]!)).toBe(false);
  });

  it("weights mix cost and carbon: a large carbon weight moves the answer to the clean grid", async () => {
    const base: OptimiseSpecInput = { client: "besu", consensus: "qbft", validators: 4, regions: ["aws:us-east-1", "aws:eu-north-1"], tolerate: { regions: 0 } };
    // Moving costs 4 x (170.28 - 160.64) + bootnode difference, about $44 a month, and saves about 10 kg.
    const light = await optimise({ ...base, objective: { cost: 1, carbon: 1 } }, solver);
    const heavy = await optimise({ ...base, objective: { cost: 1, carbon: 100 } }, solver);
    expect(light.design!.regions.map((r) => r.region)).toEqual(["us-east-1"]);
    expect(heavy.design!.regions.map((r) => r.region)).toEqual(["eu-north-1"]);
  });
});
