import { produce } from "immer";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { MembershipScope } from "../authz";
import { compareVersions, type VersionComparison } from "../diff/compare-versions";
import { availabilityDelta } from "../diff/impact-diff";
import { addLink, addNodeGroup, addRegion } from "../edit/operations";
import type { RegionKey } from "../region-key";
import { starterDocument } from "../starter";
import {
  ApiErrorBodySchema, MemberViewSchema, SaveConflictDetailsSchema, ScopeViewSchema, VersionComparisonSchema, type MemberView,
} from "./index";

const base = starterDocument("Net");
/** Every kind of change at once: elements added, removed and changed, a setting, the layout, findings. */
const changed = produce(base, (d) => {
  d.nodeGroups.find((g) => g.id === "validators")!.count = 2;
  d.nodeGroups = d.nodeGroups.filter((g) => g.id !== "bootnodes");
  addNodeGroup(d, addRegion(d, "aws", "us-east-1"), { role: "validator" });
  addLink(d, "eastus", d.regions[d.regions.length - 1]!.id);
  d.network.blockPeriodSeconds = 2;
  d.layout.positions.eastus = { x: 1, y: 2 };
});

describe("response schemas", () => {
  it("describe a version comparison exactly as compareVersions types it", () => {
    expectTypeOf<z.output<typeof VersionComparisonSchema>>().toEqualTypeOf<VersionComparison>();
  });

  it("read back a real comparison unchanged, elements on both sides included", () => {
    const diff = compareVersions({ number: 1, document: base }, { number: 2, document: changed });
    expect(diff.structure.nodeGroups.some((g) => g.before) && diff.structure.links.some((l) => l.after)).toBe(true);
    const sent = JSON.parse(JSON.stringify(diff)) as unknown;
    expect(VersionComparisonSchema.parse(sent)).toEqual(sent);
  });

  it("read back the availability change, a sampled side's trials, seed and interval included, and refuse a comparison without it", () => {
    const diff = compareVersions({ number: 1, document: base }, { number: 2, document: changed });
    expect(diff.availability.sentence).toMatch(/^v1 -> v2: expected downtime \d+ -> \d+ minutes a year$/);
    const sampled = { ...diff, availability: availabilityDelta(base, changed, { before: "v1", after: "v2" }, { maxExactEvents: 0, trials: 1_000 }) };
    expect(sampled.availability.after).toMatchObject({ method: "monte-carlo", trials: 1_000, seed: 1 });
    const sent = JSON.parse(JSON.stringify(sampled)) as unknown;
    expect(VersionComparisonSchema.parse(sent)).toEqual(sent);
    const { availability: _dropped, ...without } = diff;
    expect(VersionComparisonSchema.safeParse(JSON.parse(JSON.stringify(without))).success).toBe(false);
  });

  it("read a scope as the authz module's, with branded region keys", () => {
    expectTypeOf<z.output<typeof ScopeViewSchema>>().toEqualTypeOf<MembershipScope>();
    expectTypeOf<MemberView["scope"]["regions"]>().toEqualTypeOf<readonly RegionKey[]>();
    expect(ScopeViewSchema.parse({ providers: ["aws"], regions: ["azure:westeurope"] })).toEqual({ providers: ["aws"], regions: ["azure:westeurope"] });
    expect(ScopeViewSchema.safeParse({ providers: [], regions: ["westeurope"] }).success).toBe(false);
  });

  it("refuse a view with a date that is not ISO 8601", () => {
    const member = { id: "m", userId: "u", name: null, email: null, role: "viewer", scope: { providers: [], regions: [] }, source: "manual" };
    expect(MemberViewSchema.safeParse({ ...member, joinedAt: "2025-01-02T03:04:05.000Z" }).success).toBe(true);
    expect(MemberViewSchema.safeParse({ ...member, joinedAt: "yesterday" }).success).toBe(false);
  });

  it("keep an error's details beside its code and message", () => {
    const body = { error: { code: "conflict", message: "stale", currentVersion: { number: 2 } }, requestId: "r" };
    expect(ApiErrorBodySchema.parse(body).error).toEqual(body.error);
    expect(SaveConflictDetailsSchema.safeParse(body.error).success).toBe(false);
  });
});
