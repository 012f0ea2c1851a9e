import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { addNodeGroup, addRegion } from "../edit/operations";
import { starterDocument } from "../starter";
import { describeChanges, overlappingChanges } from "./describe-changes";

const base = starterDocument("Net");

describe("describeChanges", () => {
  it("names added regions and node groups with their place and size", () => {
    const next = produce(base, (d) => {
      const region = addRegion(d, "aws", "us-east-1");
      addNodeGroup(d, region, { role: "validator" });
    });
    const texts = describeChanges(base, next).map((l) => l.text);
    expect(texts).toContain("Added region 'aws-us-east-1' (AWS us-east-1)");
    expect(texts.some((t) => /^Added node group '.+' \(2 validators\) in 'aws-us-east-1' \(AWS us-east-1\)$/.test(t))).toBe(true);
  });

  it("describes a removed element as it was, a changed count, and settings", () => {
    const next = produce(base, (d) => {
      d.nodeGroups = d.nodeGroups.filter((g) => g.id !== "bootnodes");
      d.nodeGroups.find((g) => g.id === "validators")!.count = 7;
      d.network.blockPeriodSeconds = 2;
    });
    expect(describeChanges(base, next).map((l) => l.text)).toEqual([
      "Removed node group 'bootnodes' (1 bootnode) in Azure eastus",
      "Changed node group 'validators' (7 validators) in Azure eastus",
      "Changed the network settings",
    ]);
  });

  it("ignores canvas moves and reports nothing for an unchanged document", () => {
    const moved = produce(base, (d) => {
      d.layout.positions.eastus = { x: 10, y: 20 };
    });
    expect(describeChanges(base, moved)).toEqual([]);
    expect(describeChanges(base, base)).toEqual([]);
  });

  it("finds the elements both sides changed", () => {
    const theirs = produce(base, (d) => void (d.nodeGroups[0]!.count = 5));
    const mine = produce(base, (d) => {
      d.nodeGroups[0]!.count = 6;
      d.nodeGroups[1]!.count = 2;
    });
    expect([...overlappingChanges(describeChanges(base, theirs), describeChanges(base, mine))]).toEqual(["nodeGroup:validators"]);
  });
});
