import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { priceTopology } from "../cost";
import { addLink, addNodeGroup, addRegion } from "../edit/operations";
import { starterDocument } from "../starter";
import { compareVersions } from "./compare-versions";
import { fieldChanges } from "./field-changes";

const base = starterDocument("Net");
/** Spread the validators over three Azure regions, drop the bootnode, grow storage, speed up blocks. */
const spread = produce(base, (d) => {
  d.nodeGroups.find((g) => g.id === "validators")!.count = 2;
  d.nodeGroups.find((g) => g.id === "members")!.storage.sizeGB = 512;
  d.nodeGroups = d.nodeGroups.filter((g) => g.id !== "bootnodes");
  for (const region of ["westus2", "northeurope"]) {
    const id = addRegion(d, "azure", region);
    addNodeGroup(d, id, { role: "validator" });
  }
  addLink(d, "eastus", "westus2");
  d.network.blockPeriodSeconds = 2;
  d.layout.positions.eastus = { x: 1, y: 2 };
});

describe("compareVersions", () => {
  const diff = compareVersions({ number: 1, document: base }, { number: 2, document: spread });

  it("lists added, removed and changed elements with per-field changes", () => {
    expect(diff.structure.regions.map((r) => [r.id, r.change])).toEqual([["northeurope", "added"], ["westus2", "added"]]);
    expect(diff.structure.nodeGroups.map((g) => [g.id, g.change])).toEqual([
      ["bootnodes", "removed"], ["members", "changed"], ["validator-northeurope", "added"], ["validator-westus2", "added"], ["validators", "changed"],
    ]);
    const validators = diff.structure.nodeGroups.find((g) => g.id === "validators")!;
    expect(validators.fields).toEqual([{ path: "count", before: 4, after: 2 }]);
    expect(diff.structure.nodeGroups.find((g) => g.id === "members")!.fields).toEqual([{ path: "storage.sizeGB", before: 256, after: 512 }]);
    const removed = diff.structure.nodeGroups.find((g) => g.id === "bootnodes")!;
    expect(removed.before).toMatchObject({ role: "bootnode" });
    expect(removed.fields.find((f) => f.path === "role")).toEqual({ path: "role", before: "bootnode" });
    expect(diff.structure.links.map((l) => [l.change, l.regionKeys])).toEqual([["added", ["azure:eastus", "azure:westus2"]]]);
  });

  it("lists changed settings by field and keeps layout apart", () => {
    expect(diff.structure.settings).toEqual([{ field: "network", changes: [{ path: "blockPeriodSeconds", before: 5, after: 2 }] }]);
    expect(diff.structure.layout).toBe(true);
    expect(diff.structure.counts).toEqual({ added: 5, removed: 1, changed: 2, settings: 1 });
    expect(diff.structure.lines.map((l) => l.text)).toContain("Changed the network settings");
  });

  it("prices both sides", () => {
    const before = priceTopology(base).totalMonthlyUsd;
    const after = priceTopology(spread).totalMonthlyUsd;
    expect(diff.cost.beforeMonthlyUsd).toBeCloseTo(before, 2);
    expect(diff.cost.afterMonthlyUsd).toBeCloseTo(after, 2);
    expect(diff.cost.deltaMonthlyUsd).toBeCloseTo(after - before, 2);
    expect(diff.cost.byProvider.aws.deltaMonthlyUsd).toBe(0);
  });

  it("says which failure domains the chain survives before and after", () => {
    const eastus = diff.tolerance.domains.find((d) => d.id === "azure:eastus")!;
    expect(eastus).toMatchObject({ kind: "region", survivesBefore: false, survivesAfter: true, changed: true });
    expect(diff.tolerance.domains.find((d) => d.id === "azure:westus2")).toMatchObject({ survivesBefore: null, survivesAfter: true });
    expect(diff.tolerance.gained.map((d) => d.id)).toContain("azure:eastus");
    expect(diff.tolerance.lost).toEqual([]);
    expect([diff.tolerance.before.validators, diff.tolerance.after.validators]).toEqual([4, 6]);
  });

  it("matches findings by code and target: new ones introduced, old ones resolved", () => {
    expect(diff.findings.resolved.map((f) => f.code)).toContain("consensus.region-outage.halts");
    expect(diff.findings.introduced.map((f) => f.code)).toContain("bootnodes.none");
    const back = compareVersions({ number: 2, document: spread }, { number: 1, document: base });
    expect(back.findings.introduced.map((f) => f.code).sort()).toEqual(diff.findings.resolved.map((f) => f.code).sort());
    expect(back.cost.deltaMonthlyUsd).toBeCloseTo(-diff.cost.deltaMonthlyUsd, 2);
  });

  it("feeds the organisation's policy to the rules (SOC 2 change approval)", () => {
    const soc2 = produce(base, (d) => void (d.compliance.packs = ["soc2"]));
    const without = compareVersions({ number: 1, document: base }, { number: 2, document: soc2 }, { policy: { approvalsRequired: 0 } });
    expect(without.findings.introduced.map((f) => f.code)).toContain("compliance.soc2.change-approval");
    const withOne = compareVersions({ number: 1, document: base }, { number: 2, document: soc2 }, { policy: { approvalsRequired: 1 } });
    expect(withOne.findings.introduced.map((f) => f.code)).not.toContain("compliance.soc2.change-approval");
  });

  it("reports nothing for identical versions", () => {
    const same = compareVersions({ number: 1, document: base }, { number: 1, document: base });
    expect(same.structure.counts).toEqual({ added: 0, removed: 0, changed: 0, settings: 0 });
    expect(same.cost.deltaMonthlyUsd).toBe(0);
    expect(same.findings.introduced).toEqual([]);
    expect(same.tolerance.domains.every((d) => !d.changed)).toBe(true);
  });
});

describe("fieldChanges", () => {
  it("recurses into objects, treats arrays as values and omits missing sides", () => {
    expect(fieldChanges({ a: { b: 1, c: [1, 2] }, d: 1 }, { a: { b: 2, c: [1, 2] }, e: "x" })).toEqual([
      { path: "a.b", before: 1, after: 2 },
      { path: "d", before: 1 },
      { path: "e", after: "x" },
    ]);
    expect(fieldChanges({ c: [1] }, { c: [1, 2] })).toEqual([{ path: "c", before: [1], after: [1, 2] }]);
  });
});
