import { describe, expect, it } from "vitest";
import { createHighsSolver } from "../../solver/highs";
import { prepareInstance, solveCount } from "./instance";
import { reduceCandidates, type ReductionInput } from "./reduce";
import { OptimiseSpecSchema } from "./spec";

const none = (m: number) => Array.from({ length: m }, () => new Set<number>());

function input(over: Partial<ReductionInput> & Pick<ReductionInput, "providers" | "figures">): ReductionInput {
  const m = over.providers.length;
  return { rttMs: new Float64Array(m * m), conflicts: none(m), largestRtt: false, covers: none(m), pinned: new Set(), regionsPerCloud: 2, ...over };
}

describe("reduceCandidates", () => {
  it("keeps as many identical regions as a cloud can use, and orders them", () => {
    const r = reduceCandidates(input({ providers: ["aws", "aws", "aws", "aws"], figures: [[2], [1], [1], [1]] }));
    // Sorted by figures: 1, 2, 3 are identical and cheaper than 0; two of them are enough.
    expect(r.active).toEqual([false, true, true, false]);
    expect(r.order).toEqual([[1, 2]]);
  });

  it("never lets a dearer, pinned or other-cloud region go, nor one a dominator cannot replace under the cap", () => {
    const conflicts = none(4);
    conflicts[0]!.add(3);
    conflicts[3]!.add(0);
    const r = reduceCandidates(input({ providers: ["aws", "aws", "aws", "gcp"], figures: [[1], [1], [1], [1]], conflicts, pinned: new Set([2]), regionsPerCloud: 1 }));
    // 0 conflicts with 3 and 1 does not: 0 cannot stand in for 1; 2 is pinned; 3 is on another cloud.
    expect(r.active).toEqual([true, true, true, true]);
    // 1 could replace 0 but not the reverse: not interchangeable, so no order.
    expect(r.order).toEqual([]);
  });
});

describe("reductions keep the optimum", () => {
  const solver = createHighsSolver();
  const regions = ["aws:us-east-1", "aws:us-east-2", "aws:us-west-2", "aws:ca-central-1", "gcp:us-central1", "gcp:us-east1", "gcp:us-east4", "azure:eastus", "azure:eastus2", "azure:westus2"];
  const variants = [
    { name: "cost, cloud tolerance", spec: { tolerate: { regions: 1, provider: true } }, n: 6, weights: { cost: 1, latency: 0, carbon: 0 } },
    { name: "cost under a 30 ms cap", spec: { maxRttMs: 30 }, n: 4, weights: { cost: 1, latency: 0, carbon: 0 } },
    { name: "cost + carbon + latency", spec: { tolerate: { regions: 2 } }, n: 7, weights: { cost: 1, latency: 2, carbon: 50 } },
  ];
  for (const v of variants) {
    it(`${v.name}: same objective with and without them`, async () => {
      const instance = prepareInstance(OptimiseSpecSchema.parse({ client: "besu", consensus: "qbft", validators: v.n, regions, rpc: 1, ...v.spec }));
      const reduced = await solveCount(solver, instance, v.n, { weights: v.weights });
      const full = await solveCount(solver, instance, v.n, { weights: v.weights, reduce: false });
      expect(full.solution.status).toBe("optimal");
      expect(reduced.solution.objective).toBeCloseTo(full.solution.objective, 6);
      expect(reduced.model.variables.length).toBeLessThanOrEqual(full.model.variables.length);
    });
  }
});
