import { describe, expect, it } from "vitest";
import { group } from "../../consensus/test-documents";
import { chainDiff, isEmptyForChain } from "./chain-diff";
import { design, eu, us, withGroup } from "./test-fixtures";

describe("chainDiff", () => {
  it("names validators by group and ordinal, removing the highest ordinals of a shrinking group first", () => {
    const d = chainDiff(design([eu, us], [5, 1]), design([eu, us], [3, 2]));
    expect(d.validators.removed.map((s) => s.label)).toEqual(["validator 5 of group 'val-eu' in 'eu'", "validator 4 of group 'val-eu' in 'eu'"]);
    expect(d.validators.added.map((s) => [s.key, s.nodeName])).toEqual([["val-us@us#2", "validator-us-2"]]);
  });

  it("sees a group that changes region as moved: removed there, added here", () => {
    const from = design([eu, us], [3, 0]);
    const d = chainDiff(from, withGroup(from, "val-eu", { regionId: "us" }));
    expect(d.validators.moved).toEqual([{ groupId: "val-eu", role: "validator", fromRegionId: "eu", toRegionId: "us" }]);
    expect(d.validators.removed.map((s) => s.key)).toEqual(["val-eu@eu#3", "val-eu@eu#2", "val-eu@eu#1"]);
    expect(d.validators.added.map((s) => s.key)).toEqual(["val-eu@us#1", "val-eu@us#2", "val-eu@us#3"]);
  });

  it("sorts configuration into restarts, replacements and changes that need neither", () => {
    const rpc = group("rpc-eu", eu, "rpc", 2);
    const from = design([eu], [4], {}, { nodeGroups: [rpc] });
    const to = withGroup(withGroup(from, "val-eu", { vmSize: "Standard_D8s_v5", name: "core" }), "rpc-eu", { count: 3, storage: { type: "premium", sizeGB: 256 } });
    const d = chainDiff(from, to);
    expect(d.nodeGroups.reconfigured.map((r) => [r.group.id, r.kind, r.fields, r.running])).toEqual([
      ["rpc-eu", "replace", ["storage.type"], 2],
      ["val-eu", "restart", ["vmSize"], 4],
    ]);
    expect(d.nodeGroups.resized.map((r) => [r.group.id, r.countBefore, r.group.count])).toEqual([["rpc-eu", 2, 3]]);
    expect(d.notes).toEqual(["Group 'val-eu': name changed; nodes take it without a restart."]);
  });

  it("is empty for the chain when only what it never sees changes", () => {
    const from = design([eu], [4]);
    expect(isEmptyForChain(chainDiff(from, { ...from, description: "new words", budgetMonthlyUsd: 900 }))).toBe(true);
    expect(isEmptyForChain(chainDiff(from, { ...from, network: { ...from.network, blockPeriodSeconds: 2 } }))).toBe(false);
  });
});
