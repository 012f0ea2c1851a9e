import { describe, expect, it } from "vitest";
import { planChange } from "./plan";
import { design, eu, us } from "./test-fixtures";

const base = design([eu], [4]);
const withNetwork = (network: Partial<typeof base.network>) => ({ ...base, network: { ...base.network, ...network } });

describe("changes a running chain cannot take", () => {
  it("refuses a new chain id with the reason, and plans no steps", () => {
    const plan = planChange(base, withNetwork({ chainId: 2024 }));
    expect(plan.feasible).toBe(false);
    expect(plan.steps).toEqual([]);
    expect(plan.refusals).toHaveLength(1);
    expect(plan.refusals[0]!.what).toBe("chain id");
    expect(plan.refusals[0]!.reason).toContain("EIP-155");
  });

  it("calls GoQuorum to Besu a migration, and points IBFT 2.0 to QBFT at its genesis transition", () => {
    const goq = design([eu], [4], { client: "goquorum", consensus: "qbft", existing: true });
    const client = planChange(goq, { ...goq, network: { ...goq.network, client: "besu" } });
    expect(client.refusals.map((r) => r.what)).toEqual(["client"]);
    expect(client.refusals[0]!.reason).toMatch(/a migration, not a change.*meridian migrate/);

    const ibft = design([eu], [4], { consensus: "ibft2" });
    const consensus = planChange(ibft, { ...ibft, network: { ...ibft.network, consensus: "qbft" } });
    expect(consensus.refusals.map((r) => r.what)).toEqual(["consensus"]);
    expect(consensus.refusals[0]!.reason).toMatch(/genesis transition.*startBlock.*ibft2-to-qbft/);
  });

  it("refuses a Besu request-timeout change but notes one Raft never sees", () => {
    const timeout = planChange(base, withNetwork({ requestTimeoutSeconds: 20 }));
    expect(timeout.refusals.map((r) => r.what)).toEqual(["request timeout"]);
    expect(timeout.refusals[0]!.reason).toContain("not the request timeout");

    const raft = design([eu], [3], { client: "goquorum", consensus: "raft", existing: true });
    const plan = planChange(raft, { ...raft, network: { ...raft.network, requestTimeoutSeconds: 20, blockPeriodSeconds: 2 } });
    expect(plan.feasible).toBe(true);
    expect(plan.steps).toEqual([]);
    expect(plan.notes).toHaveLength(2);
  });

  it("refuses changed pre-funded accounts and a region rebuilt in place", () => {
    const funded = { ...base, genesis: { alloc: { [`0x${"1".repeat(40)}`]: "1000" } } };
    expect(planChange(base, funded).refusals.map((r) => r.what)).toEqual(["pre-funded accounts"]);
    const moved = { ...base, regions: base.regions.map((r) => ({ ...r, cidr: "10.99.0.0/16" })) };
    const plan = planChange(base, moved);
    expect(plan.refusals.map((r) => r.what)).toEqual(["region 'eu'"]);
    expect(plan.refusals[0]!.reason).toContain("cidr");
  });

  it("refuses the vote that would leave the set empty", () => {
    // 4 -> 3 -> 2 -> 1 validators keep producing (quorum 3, 2, 2, 1); the fourth vote-out leaves none.
    const plan = planChange(design([eu, us], [2, 2]), design([eu, us], [0, 0]));
    expect(plan.feasible).toBe(false);
    expect(plan.refusals.at(-1)!.reason).toContain("No validators would be left");
  });
});

describe("changes the chain never sees", () => {
  it("gives an empty, feasible plan for identical versions and for names, tags and layout", () => {
    expect(planChange(base, base)).toMatchObject({ feasible: true, steps: [], refusals: [], notes: [] });
    const cosmetic = { ...base, name: "renamed", tags: { team: "ledger" }, layout: { positions: { eu: { x: 1, y: 2 } } } };
    const plan = planChange(base, cosmetic);
    expect(plan).toMatchObject({ feasible: true, steps: [], refusals: [] });
    expect(plan.notes).toHaveLength(3);
  });
});
