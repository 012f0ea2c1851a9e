import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { MAX_DRILL_HORIZON_MS, type DrillSpec, type DrillSummary } from "../simulation";
import { DrillSpecBody, DrillSpecViewSchema, ListDrillsQuery, SaveDrillBody, SavedDrillSummarySchema, savedDrillTooLong } from "./drills";

const spec = { failure: { kind: "validators", count: 2 }, atMs: 10_000, recoverAtMs: 20_000, horizonMs: 60_000 };
const issuesOf = (value: unknown) => {
  const parsed = DrillSpecBody.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("drill request bodies", () => {
  it("read as the engine's DrillSpec, and views carry the engine's summary fields", () => {
    expectTypeOf<z.output<typeof DrillSpecBody>>().toExtend<DrillSpec>();
    expectTypeOf<z.output<typeof DrillSpecViewSchema>>().toExtend<DrillSpec>();
    expectTypeOf<z.output<typeof SavedDrillSummarySchema>>().toExtend<DrillSummary>();
  });

  it("accept a drill inside its bounds, normalising a region key", () => {
    expect(DrillSpecBody.parse(spec)).toEqual(spec);
    const region = DrillSpecBody.parse({ ...spec, failure: { kind: "region", regionKey: " AWS:us-east-1 " } });
    expect(region.failure).toEqual({ kind: "region", regionKey: "aws:us-east-1" });
    expect(DrillSpecBody.parse({ failure: { kind: "link", linkId: "vpn.eu-us_1" }, atMs: 0, horizonMs: MAX_DRILL_HORIZON_MS }).horizonMs).toBe(86_400_000);
  });

  it("refuse a drill out of bounds or out of order, naming the field", () => {
    expect(issuesOf({ ...spec, horizonMs: MAX_DRILL_HORIZON_MS + 1 })).toEqual(["horizonMs: must be at most 86400000 ms (24 h)"]);
    expect(issuesOf({ ...spec, horizonMs: 0, atMs: 0, recoverAtMs: undefined })).toEqual([
      "horizonMs: must be at least 1", "atMs: the failure must come before the drill ends (atMs < horizonMs)",
    ]);
    expect(issuesOf({ ...spec, horizonMs: "60s" })).toEqual(["horizonMs: Invalid input: expected number, received string"]);
    expect(issuesOf({ ...spec, atMs: 60_000, recoverAtMs: 70_000 })).toEqual(["atMs: the failure must come before the drill ends (atMs < horizonMs)"]);
    expect(issuesOf({ ...spec, recoverAtMs: 10_000 })).toEqual(["recoverAtMs: the recovery must come after the failure (recoverAtMs > atMs)"]);
    expect(issuesOf({ ...spec, atMs: 1.1 * 1000 })).toEqual([]);
    expect(issuesOf({ ...spec, failure: { kind: "validators", count: 0 } })).toEqual(["failure.count: must be at least 1"]);
    expect(issuesOf({ ...spec, failure: { kind: "validators", count: 1001 } })).toEqual(["failure.count: must be at most 1000"]);
    expect(issuesOf({ ...spec, failure: { kind: "region", regionKey: "eastus" } })).toHaveLength(1);
    expect(issuesOf({ ...spec, failure: { kind: "provider", provider: "oracle" } })).toHaveLength(1);
    expect(issuesOf({ ...spec, failure: { kind: "link", linkId: "-starts-with-dash" } })).toHaveLength(1);
    expect(issuesOf({ ...spec, failure: { kind: "validators", count: 1, regionId: "a b" } })).toHaveLength(1);
    expect(issuesOf({ ...spec, failure: { kind: "validators", count: 1, linkId: "x" } })).toHaveLength(1);
    expect(issuesOf({ ...spec, extra: true })).toHaveLength(1);
  });

  it("take a name, a version and a seed, defaulting the seed, and never a result", () => {
    expect(SaveDrillBody.parse({ version: 3, name: " Lose a region ", spec })).toEqual({ version: 3, name: "Lose a region", spec, seed: 1 });
    expect(SaveDrillBody.safeParse({ version: 3, name: "x", spec, seed: -1 }).success).toBe(false);
    expect(SaveDrillBody.safeParse({ version: 3, name: "x", spec, seed: 2_147_483_648 }).success).toBe(false);
    expect(SaveDrillBody.safeParse({ version: 3, name: "x".repeat(121), spec }).success).toBe(false);
    expect(SaveDrillBody.safeParse({ version: 3, name: "x", spec, summary: { stalled: false } }).success).toBe(false);
    expect(ListDrillsQuery.parse({ version: "2" })).toEqual({ version: 2 });
    expect(ListDrillsQuery.safeParse({ version: "1e3" }).success).toBe(false);
  });
});

describe("the server's budget for saved drills", () => {
  it("allows 250 validator-hours and names the longest drill past them", () => {
    expect(savedDrillTooLong(4, 24 * 3_600_000)).toBeNull();
    expect(savedDrillTooLong(250, 3_600_000)).toBeNull();
    // 250 * 60 / 200 = 75 minutes for 200 validators.
    expect(savedDrillTooLong(200, 2 * 3_600_000)).toBe("A saved drill plays at most 250 validator-hours: with 200 validators, at most 75 minutes.");
  });
});
