import { describe, expect, it } from "vitest";
import { region, withValidators } from "../../consensus/test-documents";
import type { TopologyDocument } from "../../schema";
import { fibreMinimumRoundTripMs } from "../delay";
import { RAFT_BLOCK_TIME_MS, RAFT_GENESIS_GAS_LIMIT } from "../network";
import { simulateTiming } from "./simulate";
import type { TimingProducing, TimingResult } from "./types";

const we = region("we", "azure", "westeurope");
const ne = region("ne", "azure", "northeurope");
const fr = region("fr", "azure", "francecentral");
const au = region("au", "azure", "australiaeast");
const aws = region("aws", "aws", "eu-west-1");

function producing(result: TimingResult): TimingProducing {
  if (!result.producesBlocks) throw new Error(result.reason);
  return result;
}

const run = (doc: TopologyDocument, seed = 1) => producing(simulateTiming(doc, { seed, roundsPerProposer: 100 }));

describe("simulateTiming", () => {
  it("in one region: commit is three same-region hops, the interval is the block period, throughput is the gas limit per period", () => {
    const result = run(withValidators([we], [4], { blockPeriodSeconds: 2 }));
    expect(result.commitMs).toEqual({ p50: 1.5, p95: 1.5, min: 1.5 });
    expect(result.blockIntervalMs).toEqual({ p50: 2000, p95: 2000, mean: 2000 });
    expect(result.roundsSimulated).toBe(400);
    expect(result.roundChangeProbability).toBe(0);
    expect(result.roundChangeProbabilityUpperBound).toBe(3 / 400);
    expect(result.throughput).toEqual({
      blockGasLimit: 0xf7b760, blockPeriodMs: 2000, gasPerSecond: 0xf7b760 / 2, transfersPerSecond: 0xf7b760 / 2 / 21_000, limitedBy: "block-period",
    });
    expect(result.perProposerRegion).toEqual([
      { regionId: "we", regionKey: "azure:westeurope", provider: "azure", validators: 4, rounds: 400, commitMs: { p50: 1.5, p95: 1.5 }, roundChangeProbability: 0 },
    ]);
  });

  it("gives the same answer for the same seed and another for another seed", () => {
    const doc = withValidators([we, ne, fr], [2, 2, 1]);
    expect(run(doc, 7)).toEqual(run(doc, 7));
    expect(run(doc, 8).commitMs.p50).not.toBe(run(doc, 7).commitMs.p50);
  });

  it("never commits faster than light in fibre allows", () => {
    // Two regions of two, quorum 3: every commit needs three crossings of at least half the fibre minimum each.
    const result = run(withValidators([we, ne], [2, 2]));
    const floorMs = 1.5 * fibreMinimumRoundTripMs(756);
    expect(result.commitMs.min).toBeGreaterThan(floorMs);
    expect(result.commitMs.p50).toBeGreaterThan(result.commitMs.min);
  });

  it("moving a validator closer never slows the median", () => {
    const moves: [TopologyDocument, TopologyDocument][] = [
      [withValidators([we, ne, au], [2, 1, 1]), withValidators([we, ne, fr], [2, 1, 1])],
      [withValidators([we, ne, au], [1, 1, 2]), withValidators([we, ne, au, fr], [1, 1, 1, 1])],
      [withValidators([we, ne], [2, 2]), withValidators([we, ne], [3, 1])],
    ];
    for (const [before, after] of moves) expect(run(after).commitMs.p50).toBeLessThanOrEqual(run(before).commitMs.p50);
  });

  it("a proposer nobody can reach changes round every time it is due: exactly its share of rounds", () => {
    // The AWS validator has no link to Azure: 5 of 6 can exchange messages, quorum 4.
    const result = run(withValidators([we, ne, aws], [3, 2, 1], { blockPeriodSeconds: 2, requestTimeoutSeconds: 4 }));
    expect(result.roundChangeProbability).toBeCloseTo(1 / 6, 12);
    const cutOff = result.perProposerRegion.find((r) => r.regionId === "aws")!;
    expect(cutOff).toMatchObject({ rounds: 100, commitMs: null, roundChangeProbability: 1 });
    expect(result.blockIntervalMs.p50).toBe(2000);
    // A round change costs the 4 s timeout, the ROUND-CHANGE quorum and a fresh block period.
    expect(result.blockIntervalMs.mean).toBeGreaterThan((5 * 2000 + 6000) / 6);
    expect(result.latencySources.measured).toBe(1);
    expect(result.latencySources.estimated).toBe(2);
  });

  it("says the chain cannot produce blocks when no quorum can exchange messages", () => {
    const result = simulateTiming(withValidators([we, aws], [2, 2]));
    expect(result.producesBlocks).toBe(false);
    if (!result.producesBlocks) expect(result.reason).toMatch(/At most 2 of 4 validators .* QBFT needs 3: the chain cannot produce blocks/);
  });

  it("Raft: acknowledgement round trips for latency, the minting period for spacing", () => {
    const result = run(withValidators([we], [3], { consensus: "raft", client: "goquorum" }));
    expect(result.commitMs.p50).toBe(1);
    expect(result.blockIntervalMs.p50).toBe(RAFT_BLOCK_TIME_MS);
    expect(result.roundChangeProbability).toBeNull();
    expect(result.throughput).toMatchObject({ blockGasLimit: RAFT_GENESIS_GAS_LIMIT, blockPeriodMs: 250 });
  });

  it("Clique: the in-turn block reaches a majority one hop out, and no out-of-turn signer beats it in one region", () => {
    const result = run(withValidators([we], [3], { consensus: "clique" }));
    expect(result.commitMs.p50).toBe(0.5);
    expect(result.clique).toEqual({ outOfTurnSealProbability: 0, outOfTurnWinProbability: 0 });
  });
});
