import { describe, expect, it } from "vitest";
import { planChange } from "./plan";
import { aws, design, eu, kinds, quorums, setSizes, us, asia, withGroup } from "./test-fixtures";

describe("validator set changes", () => {
  it("adds one validator in a new region: network, deploy and sync, then one vote by more than half", () => {
    const from = design([eu], [4]);
    const to = design([eu, us], [4, 1]);
    const plan = planChange(from, to);

    expect(plan.feasible).toBe(true);
    expect(kinds(plan)).toEqual(["network", "deploy", "vote-in"]);
    const [network, deploy, vote] = plan.steps;
    expect(network!.effects.regionsAdded).toEqual(["us"]);
    expect(deploy!.validators.map((s) => s.label)).toEqual(["validator 1 of group 'val-us' in 'us'"]);
    // Deployed and syncing, not yet in the set: 4 validators, quorum ceil(8/3) = 3.
    expect(deploy!.after).toEqual({ validatorsInSet: 4, validatorsOnline: 4, validatorsConnected: 4, quorum: 3, producing: true });
    // The vote: floor(4/2)+1 = 3 callers; afterwards 5 validators, quorum ceil(10/3) = 4.
    expect(vote!.voters).toHaveLength(3);
    expect(vote!.after).toEqual({ validatorsInSet: 5, validatorsOnline: 5, validatorsConnected: 5, quorum: 4, producing: true });
    expect(vote!.commands[0]).toContain('"method":"qbft_proposeValidatorVote","params":["<address of validator-us-1: keys/validator-us-1/address>",true]');
    expect(vote!.commands[0]).toContain('"$RPC_URL"');
    expect(vote!.checkCommands[0]).toContain('"method":"qbft_getValidatorsByBlockNumber","params":["latest"]');
  });

  it("removes a region's validators one vote at a time, each step producing", () => {
    const from = design([eu, us, asia], [3, 3, 2]);
    const plan = planChange(from, design([eu, us], [3, 3]));

    expect(plan.feasible).toBe(true);
    expect(kinds(plan)).toEqual(["vote-out", "vote-out", "decommission", "network"]);
    // 8 -> 7 -> 6 validators; quorum ceil(2n/3): 6 -> 5 -> 4. Callers floor(n/2)+1 of the set before: 5, then 4.
    expect(setSizes(plan)).toEqual([7, 6, 6, 6]);
    expect(quorums(plan)).toEqual([5, 4, 4, 4]);
    expect(plan.steps.slice(0, 2).map((s) => s.voters!.length)).toEqual([5, 4]);
    // Highest ordinal first, and never voting on its own removal.
    expect(plan.steps.slice(0, 2).map((s) => s.validators[0]!.nodeName)).toEqual(["validator-asia-2", "validator-asia-1"]);
    for (const s of plan.steps.slice(0, 2)) expect(s.voters!.map((v) => v.regionId)).not.toContain("asia");
  });

  it("moves a group to another region: every vote in before any vote out", () => {
    const from = design([eu, us], [4, 0]);
    const to = withGroup(from, "val-eu", { regionId: "us" });
    const plan = planChange(from, to);

    expect(plan.feasible).toBe(true);
    expect(kinds(plan)).toEqual(["deploy", "vote-in", "vote-in", "vote-in", "vote-in", "vote-out", "vote-out", "vote-out", "vote-out", "decommission"]);
    // n = 4..8..4 and quorum ceil(2n/3) after each change, worked by hand.
    expect(setSizes(plan)).toEqual([4, 5, 6, 7, 8, 7, 6, 5, 4, 4]);
    expect(quorums(plan)).toEqual([3, 4, 4, 5, 6, 5, 4, 4, 3, 3]);
    expect(plan.steps.every((s) => s.during.producing && s.after.producing)).toBe(true);
  });

  it("refuses a validator that would join without a path to the others", () => {
    // Azure and AWS share no path until a link is declared.
    const plan = planChange(design([eu], [4]), design([eu, aws], [4, 1]));
    expect(plan.feasible).toBe(false);
    expect(plan.refusals[0]!.reason).toContain("no path joins region 'aws'");
    const linked = planChange(design([eu], [4]), design([eu, aws], [4, 1], {}, { links: [{ id: "vpn", from: "eu", to: "aws", kind: "vpn" }] }));
    expect(linked.feasible).toBe(true);
    expect(kinds(linked)).toEqual(["network", "network", "deploy", "vote-in"]);
  });

  it("Raft adds learners when deploying and promotes them one at a time, on one member", () => {
    const raft = { client: "goquorum", consensus: "raft" } as const;
    const plan = planChange(design([eu, us], [3, 0], raft), design([eu, us], [3, 2], raft));
    expect(kinds(plan)).toEqual(["deploy", "vote-in", "vote-in"]);
    expect(plan.steps[0]!.commands.map((c) => c.includes('"method":"raft_addLearner"'))).toEqual([true, true]);
    expect(plan.steps[1]!.voters).toHaveLength(1);
    expect(plan.steps[1]!.commands[0]).toContain('"method":"raft_promoteToPeer","params":["<raft id of validator-us-1: from raft_cluster>"]');
    // Majority quorum: floor(n/2)+1 for n = 4, 5.
    expect(quorums(plan).slice(1)).toEqual([3, 3]);
  });

  it("Clique on Besu says its vote methods left Besu in 26.4.0", () => {
    const plan = planChange(design([eu], [3], { consensus: "clique", existing: true }), design([eu], [4], { consensus: "clique", existing: true }));
    expect(plan.steps[1]!.commands[0]).toContain('"method":"clique_propose"');
    expect(plan.steps[1]!.actions.join(" ")).toContain("26.4.0");
  });
});
