import { describe, expect, it } from "vitest";
import { region, withValidators } from "../../consensus/test-documents";
import { rtt } from "../../latency";
import { playBftRound } from "./bft-round";
import { outOfTurnMaxDelayMs, playCliqueBlock } from "./clique-block";
import { playRaftAppend } from "./raft-round";
import { AT_P95, workspaceFor } from "./test-helpers";

// Every delay pinned at P95: one way across regions is d = rtt / 2, inside a region δ = 0.5 ms.
const we = region("we", "azure", "westeurope");
const ne = region("ne", "azure", "northeurope");
const DELTA = 0.5;
const d = rtt("azure:westeurope", "azure:northeurope").rttMs / 2; // 9.75 ms

describe("one BFT round, worked out by hand", () => {
  it("in one region: proposal, prepare and commit are three same-region hops", () => {
    const { ws, counts, regionIndex } = workspaceFor(withValidators([we], [4]));
    ws.setClasses(counts, regionIndex("we"));
    expect(playBftRound(ws, 3, AT_P95)).toBe(3 * DELTA);
  });

  it("two regions of two: the quorum-th validator commits after three crossings", () => {
    // n = 4, quorum 3. Proposer in we. Prepared: we at 2d, ne at d + δ. Committed: we at 2d + δ, ne at 3d.
    // The third commit is 3d.
    const { ws, counts, regionIndex } = workspaceFor(withValidators([we, ne], [2, 2]));
    ws.setClasses(counts, regionIndex("we"));
    expect(playBftRound(ws, 3, AT_P95)).toBeCloseTo(3 * d, 9);
    expect(ws.committedAt[ws.classOf(regionIndex("we"), true)]).toBeCloseTo(2 * d + DELTA, 9);
    expect(ws.committedAt[ws.classOf(regionIndex("ne"), false)]).toBeCloseTo(3 * d, 9);
  });

  it("a far validator outside the quorum does not slow the commit (the quorum-th order statistic)", () => {
    // Three in we, one in ne, quorum 3: the quorum is all in we, so three same-region hops.
    const { ws, counts, regionIndex } = workspaceFor(withValidators([we, ne], [3, 1]));
    ws.setClasses(counts, regionIndex("we"));
    expect(playBftRound(ws, 3, AT_P95)).toBeCloseTo(3 * DELTA, 9);
    // The same design with the far validator proposing: prepared in we at d + δ, committed at d + 2δ.
    ws.setClasses(counts, regionIndex("ne"));
    expect(playBftRound(ws, 3, AT_P95)).toBeCloseTo(d + 2 * DELTA, 9);
  });
});

describe("one Clique block and one Raft append, worked out by hand", () => {
  it("Clique: the in-turn block reaches a majority one hop out; waits are Besu's", () => {
    const { ws, counts, regionIndex } = workspaceFor(withValidators([we, ne], [2, 1], { consensus: "clique" }));
    ws.setClasses(counts, regionIndex("we"));
    const random = { normal: AT_P95.normal, uniform: () => 0.5 };
    const outcome = playCliqueBlock(
      ws,
      { signers: 3, majority: 2, periodMs: 5000, outOfTurn: [{ region: regionIndex("ne"), isNextInTurn: true }], nextRegion: regionIndex("ne") },
      random,
    );
    expect(outcome.majorityMs).toBe(DELTA);
    // The out-of-turn signer waits 1 + floor(0.5 * 2000) = 1001 ms, long after the block reached it at d.
    expect(outOfTurnMaxDelayMs(3)).toBe(1250);
    expect(outOfTurnMaxDelayMs(4)).toBe(1500);
    expect(outcome.competing).toBe(false);
    expect(outcome.nextSignerHasBlockMs).toBeCloseTo(d, 9);
  });

  it("Raft: the block commits on the quorum-th acknowledgement, a round trip away", () => {
    // Leader in we with one follower there, three followers in ne; majority 3: acks at 0, 2δ, then 2d.
    const { ws, counts, regionIndex } = workspaceFor(withValidators([we, ne], [2, 3], { consensus: "raft", client: "goquorum" }));
    ws.setClasses(counts, regionIndex("we"));
    expect(playRaftAppend(ws, 3, AT_P95)).toBeCloseTo(2 * d, 9);
  });
});
