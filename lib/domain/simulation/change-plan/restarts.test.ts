import { describe, expect, it } from "vitest";
import { crashTolerance } from "../../consensus";
import { group } from "../../consensus/test-documents";
import { planChange } from "./plan";
import { asia, design, eu, kinds, us, withGroup } from "./test-fixtures";

describe("restarts region by region", () => {
  it("splits a region holding more validators than the tolerance into batches", () => {
    // 7 validators: quorum ceil(14/3) = 5, so 2 may be down at once; 'eu' holds 4 of them.
    const from = design([eu, us, asia], [4, 2, 1]);
    const plan = planChange(from, withGroup(from, "val-eu", { vmSize: "Standard_D8s_v5" }));

    expect(plan.feasible).toBe(true);
    expect(plan.steps.map((s) => s.title)).toEqual(["Restart 2 validators in 'eu' (batch 1 of 2)", "Restart 2 validators in 'eu' (batch 2 of 2)"]);
    expect(plan.steps.map((s) => s.validators.map((v) => v.ordinal))).toEqual([[1, 2], [3, 4]]);
    for (const s of plan.steps) {
      expect(s.effects.downDuring!.length).toBeLessThanOrEqual(crashTolerance("qbft", 7));
      expect(s.during).toEqual({ validatorsInSet: 7, validatorsOnline: 5, validatorsConnected: 5, quorum: 5, producing: true });
      expect(s.after.validatorsOnline).toBe(7);
    }
  });

  it("replaces nodes whose platform changes and restarts other nodes apart from validators", () => {
    const rpc = group("rpc-eu", eu, "rpc", 2);
    const from = design([eu, us], [3, 3], {}, { nodeGroups: [rpc] });
    const to = withGroup(withGroup(from, "val-us", { deploymentType: "vm" }), "rpc-eu", { capabilities: ["eth", "net", "web3", "debug"] });
    const plan = planChange(from, to);

    expect(plan.feasible).toBe(true);
    // 6 validators: quorum 4, tolerance 2, so 'us' takes two batches; the RPC nodes touch no validator.
    expect(plan.steps.map((s) => s.title)).toEqual([
      "Restart the non-validator nodes in 'eu'",
      "Replace 2 validators in 'us' (batch 1 of 2)",
      "Replace 1 validator in 'us' (batch 2 of 2)",
    ]);
    expect(plan.steps[0]!.during.validatorsOnline).toBe(6);
    expect(plan.steps[1]!.actions.join(" ")).toContain("empty data directory");
  });

  it("changes the block period through a genesis transition that every node loads before its block", () => {
    const from = design([eu, us], [3, 1]);
    const plan = planChange(from, { ...from, network: { ...from.network, blockPeriodSeconds: 2 } });

    expect(plan.feasible).toBe(true);
    // 4 validators: quorum 3, tolerance 1, so one restart each.
    expect(kinds(plan)).toEqual(["genesis-transition", "restart", "restart", "restart", "restart", "verify"]);
    expect(JSON.parse(plan.steps[0]!.actions[2]!)).toEqual({ transitions: { qbft: [{ block: "<TRANSITION_BLOCK>", blockperiodseconds: 2 }] } });
    // 5 s blocks: 720 an hour.
    expect(plan.steps[0]!.actions[0]).toContain("720 blocks an hour");
    // Every validator is restarted exactly once.
    const restarted = plan.steps.flatMap((s) => (s.kind === "restart" ? s.validators.map((v) => v.key) : []));
    expect(restarted.sort()).toEqual(["val-eu@eu#1", "val-eu@eu#2", "val-eu@eu#3", "val-us@us#1"]);
    expect(plan.placeholders.some((p) => p.startsWith("<TRANSITION_BLOCK>"))).toBe(true);
  });

  it("GoQuorum QBFT loads the transition with geth init; IBFT 2.0 on Besu uses its own key", () => {
    const goq = design([eu], [4], { client: "goquorum", consensus: "qbft", existing: true });
    const gPlan = planChange(goq, { ...goq, network: { ...goq.network, blockPeriodSeconds: 3 } });
    expect(JSON.parse(gPlan.steps[0]!.actions[2]!)).toEqual({ transitions: [{ block: "<TRANSITION_BLOCK>", blockperiodseconds: 3 }] });
    expect(gPlan.steps[1]!.actions.join(" ")).toContain("geth init");

    const ibft = design([eu], [4], { consensus: "ibft2" });
    const iPlan = planChange(ibft, { ...ibft, network: { ...ibft.network, blockPeriodSeconds: 3 } });
    expect(Object.keys(JSON.parse(iPlan.steps[0]!.actions[2]!).transitions)).toEqual(["ibft2"]);
  });
});
