// QBFT / IBFT 2.0 / Istanbul blocks: every validator proposes `roundsPerProposer` times in rotation order.
// A block whose round 0 does not complete within the request timeout goes through round changes: all
// validators time out together, multicast ROUND-CHANGE, and the next round's proposer proposes once it holds
// a quorum of them; each later round has its own (growing) timeout.

import { playBftRound } from "./bft-round";
import { positionRandom, regionOfValidator, type TimingContext } from "./context";
import { proposerPosition, roundTimeoutMs } from "./round-timeout";

/** Rounds after round 0 tried before a block is given up as not produced (2^16 request timeouts). */
export const MAX_ROUND_CHANGES = 16;

export function runBftTiming(ctx: TimingContext): void {
  const { network, counts, rotation, ws, tally } = ctx;
  const n = rotation.length;
  const q = network.quorum;
  const periodMs = network.blockPeriodMs;
  const timeout = (round: number) => roundTimeoutMs(network.consensus, round, network.requestTimeoutMs);
  const sendAtZero = new Float64Array(ws.classCount.length);

  /** When the validator at rotation position `position` has imported the block the classes just played. */
  const importedAt = (position: number, proposer: number) => {
    const v = rotation[position % n]!;
    return ws.committedAt[ws.classOf(regionOfValidator(ctx, v), v === proposer)]!;
  };

  for (let position = 0; position < n; position++) {
    const random = positionRandom(ctx, position);
    for (let rep = 0; rep < ctx.roundsPerProposer; rep++) {
      const proposer = rotation[position]!;
      const region = regionOfValidator(ctx, proposer);
      ws.setClasses(counts, region);
      const commitMs = playBftRound(ws, q, random);
      if (commitMs <= timeout(0)) {
        tally.record(region, commitMs, false, Math.max(periodMs, importedAt(position + 1, proposer)));
        continue;
      }
      // Round changes: a block proposed in round k carries that later time as its timestamp, so the next
      // block follows it by a full block period.
      let elapsedMs = timeout(0);
      let intervalMs = Infinity;
      for (let round = 1; round <= MAX_ROUND_CHANGES; round++) {
        const position_k = proposerPosition(position, round, n);
        const proposer_k = rotation[position_k]!;
        ws.setClasses(counts, regionOfValidator(ctx, proposer_k));
        ws.field.drawAll(random);
        const roundChangeQuorumMs = ws.quorumAt(ws.leaderClass, sendAtZero, 0, q);
        const roundCommitMs = playBftRound(ws, q, random);
        if (roundChangeQuorumMs + roundCommitMs <= timeout(round)) {
          intervalMs = elapsedMs + roundChangeQuorumMs + Math.max(periodMs, importedAt(position_k + 1, proposer_k));
          break;
        }
        elapsedMs += timeout(round);
      }
      tally.record(region, undefined, true, intervalMs);
    }
  }
}
