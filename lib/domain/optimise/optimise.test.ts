import { describe, expect, it } from "vitest";
import { getRegion } from "../catalog";
import { analyzeFailureDomains } from "../consensus";
import { priceTopology } from "../cost";
import { validate } from "../rules";
import { createHighsSolver } from "../../solver/highs";
import { MODEL_PRICING } from "./coefficients";
import { OptimiseInputError } from "./errors";
import { dominates } from "./pareto";
import { prepareInstance } from "./instance";
import { optimise } from "./optimise";
import { OptimiseSpecSchema, validatorCounts, type OptimiseSpecInput } from "./spec";
import { exhaustiveBest } from "./test-helpers";

const solver = createHighsSolver();

const EU_AWS = ["aws:eu-west-1", "aws:eu-central-1", "aws:eu-west-2", "aws:eu-north-1"];
const MIXED = ["aws:us-east-1", "aws:us-west-2", "gcp:us-central1", "gcp:us-east1", "azure:eastus"];

const cases: { name: string; spec: OptimiseSpecInput }[] = [
  { name: "4 BFT validators on 4 EU AWS regions", spec: { client: "besu", consensus: "qbft", validators: 4, regions: EU_AWS } },
  { name: "6-7 validators surviving any 2 regions", spec: { client: "besu", consensus: "qbft", validators: { min: 6, max: 7 }, regions: [...EU_AWS, "aws:eu-west-3", "aws:eu-south-1"], tolerate: { regions: 2 } } },
  { name: "three clouds surviving a cloud, with RPC", spec: { client: "besu", consensus: "qbft", validators: { min: 4, max: 6 }, regions: MIXED, tolerate: { regions: 1, provider: true }, rpc: 2 } },
  { name: "raft under a round-trip cap", spec: { client: "goquorum", consensus: "raft", validators: 5, regions: MIXED, maxRttMs: 40, maxValidatorsPerRegion: 2 } },
];

describe("optimise against exhaustive search", () => {
  for (const { name, spec } of cases) {
    it(`${name}: same cost as the best of every placement`, async () => {
      const result = await optimise(spec, solver);
      const instance = prepareInstance(OptimiseSpecSchema.parse(spec));
      const counts = validatorCounts(OptimiseSpecSchema.parse(spec));
      const best = counts.map((n) => exhaustiveBest(instance, n, "cost")).filter((e) => e !== undefined).sort((a, b) => a.costUsdMonth - b.costUsdMonth)[0]!;
      expect(result.feasible).toBe(true);
      expect(result.objective).toBeCloseTo(best.costUsdMonth, 4);
      expect(result.solver).toMatchObject({ status: "optimal", optimal: true, gapPercent: 0 });
    });
  }

  it("latency objective: the smallest largest round trip of every placement, then its cheapest", async () => {
    const regions = ["aws:us-east-1", "aws:us-east-2", "aws:us-west-1", "aws:us-west-2", "aws:ca-central-1"];
    const spec = { client: "besu", consensus: "qbft", validators: 4, regions, objective: "latency" } as const;
    const result = await optimise(spec, solver);
    const best = exhaustiveBest(prepareInstance(OptimiseSpecSchema.parse(spec)), 4, "latency")!;
    expect(result.metrics!.maxRttMs).toBeCloseTo(best.maxRttMs, 6);
    expect(result.metrics!.modelCostUsdMonth).toBeCloseTo(best.costUsdMonth, 4);
  });
});

describe("the answer as a design", () => {
  it("single cloud: the model's cost is priceTopology's, and validate finds no error under GDPR", async () => {
    const result = await optimise({ client: "besu", consensus: "qbft", validators: 4, providers: ["aws"], packs: ["gdpr"] }, solver);
    const design = result.design!;
    expect(priceTopology(design, MODEL_PRICING).totalMonthlyUsd).toBeCloseTo(result.objective!, 4);
    expect(validate(design).findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(design.regions.every((r) => r.provider === "aws")).toBe(true);
  });

  it("three clouds under HIPAA: survives every region and every cloud, and validates clean", async () => {
    const result = await optimise({ client: "besu", consensus: "qbft", validators: { min: 4, max: 7 }, packs: ["hipaa"], tolerate: { regions: 1, provider: true } }, solver);
    const design = result.design!;
    const analysis = analyzeFailureDomains(design);
    expect(analysis.domains.filter((d) => d.kind !== "link" && !d.survives)).toEqual([]);
    expect(new Set(design.regions.map((r) => r.provider))).toEqual(new Set(["azure", "aws", "gcp"]));
    expect(design.regions.map((r) => getRegion(r.provider, r.region)!.country)).toEqual(design.regions.map(() => "US"));
    expect(validate(design).findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.metrics!.tolerance).toMatchObject({ provider: true });
    // The front is cheapest first and no point is dominated on (cost, round trip, carbon).
    expect(result.pareto.length).toBeGreaterThan(0);
    for (const p of result.pareto) for (const o of result.pareto) expect(dominates(o, p)).toBe(false);
    expect(result.pareto.map((p) => p.costUsdMonth)).toEqual([...result.pareto.map((p) => p.costUsdMonth)].sort((a, b) => a - b));
  });
});

describe("refusals", () => {
  it("names the binding constraint of an infeasible request", async () => {
    const result = await optimise({ client: "besu", consensus: "qbft", validators: 7, providers: ["aws"], packs: ["gdpr"], regions: EU_AWS, maxValidatorsPerRegion: 1 }, solver);
    expect(result.feasible).toBe(false);
    expect(result.solver.status).toBe("infeasible");
    expect(result.explanation[0]).toBe("Infeasible: No 4 GDPR-eligible on AWS alone from the allow list regions can hold 7 validators with 1 per region at most (the per-region cap).");
  });

  it("a budget below the cheapest design is the named constraint", async () => {
    const result = await optimise({ client: "besu", consensus: "qbft", validators: 4, regions: EU_AWS, budgetUsdMonth: 100 }, solver);
    expect(result.explanation).toEqual([expect.stringMatching(/^Infeasible: No design of 4 validators on 4 from the allow list regions meeting the other constraints costs \$100.00 a month or less/)]);
  });

  it("refuses bad specs with the field named", async () => {
    const error = await optimise({ client: "besu", consensus: "raft", validators: 4 }, solver).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OptimiseInputError);
    expect((error as OptimiseInputError).details).toEqual(["consensus: besu doesn't run raft; it supports qbft, ibft2, clique"]);
  });
});
