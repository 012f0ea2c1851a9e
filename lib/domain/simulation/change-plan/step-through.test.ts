import { describe, expect, it } from "vitest";
import { analyzeFailureDomains, validatorsPerRegion } from "../../consensus";
import { group } from "../../consensus/test-documents";
import type { TopologyDocument } from "../../schema";
import { planChange } from "./plan";
import { stepThrough } from "./step-through";
import { asia, aws, design, eu, us, withGroup } from "./test-fixtures";

const vpn = (id: string, from: string, to: string) => ({ id, from, to, kind: "vpn" as const });
const grown = design([eu, us, asia], [4, 2, 1]);
const raft = { client: "goquorum", consensus: "raft", existing: true } as const;

const DIFFS: [string, TopologyDocument, TopologyDocument][] = [
  ["add a region", design([eu], [4]), design([eu, us], [4, 1])],
  ["remove a region", design([eu, us, asia], [3, 3, 2]), design([eu, us], [3, 3])],
  ["move a group", design([eu, us], [4, 0]), withGroup(design([eu, us], [4, 0]), "val-eu", { regionId: "us" })],
  ["grow and shrink at once", design([eu, us], [5, 1]), design([eu, us], [2, 4])],
  ["resize validators' machines", grown, withGroup(grown, "val-eu", { vmSize: "Standard_D8s_v5" })],
  ["block period", grown, { ...grown, network: { ...grown.network, blockPeriodSeconds: 2 } }],
  ["into another cloud over a VPN", design([eu], [4]), design([eu, aws], [4, 3], {}, { links: [vpn("l1", "eu", "aws")] })],
  ["raft cluster", design([eu, us], [3, 0], raft), design([eu, us], [1, 4], raft)],
  ["everything at once", design([eu, us], [3, 3], {}, { nodeGroups: [group("rpc-us", us, "rpc", 2)] }),
    design([eu, asia], [4, 3], { blockPeriodSeconds: 3 }, { nodeGroups: [group("rpc-asia", asia, "rpc", 2)] })],
];

describe("every feasible plan keeps producing at every step", () => {
  for (const [name, from, to] of DIFFS) {
    it(name, () => {
      const plan = planChange(from, to);
      expect(plan.refusals).toEqual([]);
      expect(plan.feasible).toBe(true);
      expect(plan.steps.length).toBeGreaterThan(0);

      const replay = stepThrough(plan);
      expect(replay.producingThroughout).toBe(true);
      for (const s of replay.steps) expect([s.number, s.during.producing, s.after.producing]).toEqual([s.number, true, true]);
      expect(replay.steps.map((s) => s.after)).toEqual(plan.steps.map((s) => s.after));

      // The plan ends where the next version starts: its validator count, quorum and connected validators.
      const end = plan.steps.at(-1)!.after;
      const target = analyzeFailureDomains(to);
      expect(end.validatorsInSet).toBe(validatorsPerRegion(to).reduce((a, b) => a + b, 0));
      expect([end.quorum, end.validatorsConnected]).toEqual([target.quorum, target.baseline.validatorsConnected]);
    });
  }
});

describe("stepThrough", () => {
  it("computes a halt it is given rather than trusting the plan", () => {
    const plan = planChange(design([eu], [4]), design([eu, us], [4, 1]));
    const keys = plan.slots.slice(0, 3).map((s) => s.key);
    // Three of five down at once leaves 2 online against a quorum of 4.
    const tampered = { ...plan, steps: [...plan.steps, { ...plan.steps.at(-1)!, title: "too many at once", effects: { downDuring: keys } }] };
    const replay = stepThrough(tampered);
    expect(replay.producingThroughout).toBe(false);
    expect(replay.firstHalt).toBe(plan.steps.length + 1);
    expect(replay.steps.at(-1)!.during).toEqual({ validatorsInSet: 5, validatorsOnline: 2, validatorsConnected: 2, quorum: 4, producing: false });
  });
});
