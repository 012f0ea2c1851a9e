import { describe, expect, it } from "vitest";
import { rtt } from "../latency";
import type { RegionKey } from "../region-key";
import { createHighsSolver } from "../../solver/highs";
import { prepareInstance } from "./instance";
import { optimise } from "./optimise";
import { OptimiseSpecSchema, type OptimiseSpecInput } from "./spec";

const solver = createHighsSolver();
const placed = (r: Awaited<ReturnType<typeof optimise>>) =>
  Object.fromEntries(r.design!.nodeGroups.filter((g) => g.role === "validator").map((g) => [r.design!.regions.find((x) => x.id === g.regionId)!.region, g.count]));

describe("pinned", () => {
  const base: OptimiseSpecInput = { client: "besu", consensus: "qbft", validators: 4, regions: ["aws:us-east-1", "aws:eu-central-1"], tolerate: { regions: 0 } };

  it("keeps a pinned validator count and optimises the rest; the price is the closed form", async () => {
    const free = await optimise(base, solver);
    const pinned = await optimise({ ...base, pinned: { validators: { "aws:eu-central-1": 2 } } }, solver);
    expect(placed(free)).toEqual({ "us-east-1": 4 });
    expect(placed(pinned)).toEqual({ "us-east-1": 2, "eu-central-1": 2 });
    // Two validators move to the dearer region, which also brings its own fixed cost; the bootnode stays.
    const [east, frankfurt] = prepareInstance(OptimiseSpecSchema.parse(base)).costs.regions;
    expect(pinned.objective! - free.objective!).toBeCloseTo(2 * (frankfurt!.validatorUsdMonth - east!.validatorUsdMonth) + frankfurt!.regionUsdMonth, 6);
  });

  it("uses a pinned region, and refuses a pin the filters exclude", async () => {
    const r = await optimise({ ...base, pinned: { regions: ["aws:eu-central-1"] } }, solver);
    expect(placed(r)["eu-central-1"]).toBeGreaterThanOrEqual(1);
    await expect(optimise({ ...base, pinned: { regions: ["aws:eu-west-1"] } }, solver)).rejects.toThrow(/pinned but not eligible.*aws:eu-west-1/);
  });
});

describe("demand", () => {
  it("puts an RPC node within each demand point's round trip", async () => {
    const spec: OptimiseSpecInput = { client: "besu", consensus: "qbft", validators: 4, regions: ["aws:us-east-1", "aws:ap-northeast-1", "aws:ap-northeast-3"], tolerate: { regions: 0 }, rpc: 1 };
    const free = await optimise(spec, solver);
    const served = await optimise({ ...spec, demand: [{ region: "aws:ap-northeast-1", share: 1, maxRttMs: 20 }] }, solver);
    expect(placed(free)).toEqual({ "us-east-1": 4 });
    const rpcRegions = served.design!.nodeGroups.filter((g) => g.role === "rpc").map((g) => served.design!.regions.find((x) => x.id === g.regionId)!);
    expect(rpcRegions).toHaveLength(1);
    const key = `aws:${rpcRegions[0]!.region}` as RegionKey;
    expect(key === "aws:ap-northeast-1" ? 0 : rtt(key, "aws:ap-northeast-1" as RegionKey).rttMs).toBeLessThanOrEqual(20);
  });

  it("names demand when no region is near enough", async () => {
    const r = await optimise({ client: "besu", consensus: "qbft", validators: 4, regions: ["aws:us-east-1", "aws:us-east-2"], tolerate: { regions: 0 }, rpc: 1, demand: [{ region: "aws:ap-northeast-1", share: 1, maxRttMs: 20 }] }, solver);
    expect(r.feasible).toBe(false);
    // Dropping the demand point, or the allow list that leaves Tokyo out, would each make it feasible.
    expect(r.explanation[0]).toMatch(/^Infeasible: No placement of 4 validators .* puts an RPC node within each demand point's round trip/);
    expect(r.explanation[1]).toMatch(/^Infeasible: The region filters leave/);
  });
});
