// The plain sentences every timing result carries: what was modelled, and how.

import { CONSENSUS_LABELS } from "../../consensus/quorum";
import type { Consensus } from "../../schema";
import { EXCESS_MEDIAN_TO_P95_RATIO, FIBRE_KM_PER_MS } from "../delay";
import { RAFT_BLOCK_TIME_MS } from "../network";

export function timingAssumptions(consensus: Consensus, seed: number): string[] {
  const common = [
    "Round trips come from the latency model: P95 values, measured where a measurement exists and estimated otherwise.",
    `A message's one-way delay is half a round trip drawn from a shifted log-normal: never below the fibre minimum (light at ${FIBRE_KM_PER_MS} km per ms over the great circle, 1 ms per 100 km of round trip), with the model's P95, and a median excess over the minimum ${EXCESS_MEDIAN_TO_P95_RATIO} times the P95 excess (an assumed shape: providers publish one percentile).`,
    "Inside one cloud region the one-way delay is fixed at half the model's same-region round trip.",
    "All validators of a region send a phase's messages over the same path at the same moment, so one delay is drawn per pair of regions and phase.",
    "Validators relay each other's messages (gossip); pairs without a packet path of their own talk through validators in a third region, and pairs with no path at all never do.",
    "Block execution, signature checks and queueing inside a node are not modelled: times are network time only.",
    "Besu orders proposers by address; addresses are not known at design time, so the order is a random permutation drawn from the seed and every validator leads equally often.",
    `Seed ${seed}: the same seed and design give the same numbers.`,
  ];
  switch (consensus) {
    case "qbft":
    case "ibft2":
    case "istanbul":
      return [
        ...common,
        `${CONSENSUS_LABELS[consensus]}: the proposal goes from the proposer to all; each validator multicasts PREPARE on accepting it (the proposal standing in for the proposer's own), COMMIT on a quorum of PREPAREs, and commits on a quorum of COMMITs (its own counted from when it accepted the proposal).`,
        "Commit time is the proposal to the moment the quorum-th validator has committed.",
        "A round changes when that commit time exceeds the round's timeout (round 0: the request timeout, counted from the end of the block period).",
        "After a round change every validator multicasts ROUND-CHANGE together; the next proposer in rotation proposes on a quorum of them, with the round's longer timeout.",
        "The block interval is the block period or, when longer, the time until the next proposer has imported the block; a block proposed after a round change takes that later time as its timestamp, so the next block follows it by a full block period.",
        "Throughput assumes full blocks at the mean block interval.",
      ];
    case "clique":
      return [
        ...common,
        "Clique: the in-turn signer seals at the block time; each signer allowed to sign out of turn (not among the last floor(n/2) blocks' signers) seals after a uniform wait of 1 to (n/2 + 1) * 500 ms unless the in-turn block has reached it.",
        "Commit time is the in-turn block reaching a majority of signers (Clique has no finality of its own).",
        "An out-of-turn block wins only when the next in-turn signer has it, and not the in-turn block, a block period later.",
        "Clique has no rounds: no round-change probability.",
      ];
    case "raft":
      return [
        ...common,
        "Raft (GoQuorum): the leader appends the block to every follower and it is committed on the quorum-th acknowledgement (the leader counts itself); the leader needs a direct path to each follower.",
        "The leader is fixed while it lives: results are given per region the leader could be in, each validator equally likely.",
        `Under load the leader mints every ${RAFT_BLOCK_TIME_MS} ms (the exported --raftblocktime) on its speculative chain without waiting for acknowledgements, so that is the block interval; the design's block period does not apply to Raft.`,
        "Raft has no rounds: no round-change probability.",
      ];
  }
}
