// One QBFT / IBFT 2.0 round, message by message, with the workspace's classes (the proposer as the leader).
//
// What the clients do (Besu, consensus/qbft-core .../statemachine/QbftRound.java and RoundState.java):
// - the proposer multicasts PROPOSAL and then its own PREPARE; every other validator, on accepting the
//   proposal, multicasts PREPARE and counts its own at once;
// - on accepting the proposal a validator also counts its own COMMIT (the commit seal), before it is prepared;
// - a validator is prepared on `quorum` PREPAREs (with the proposal), multicasts COMMIT, and imports the
//   block on `quorum` COMMITs.
// IBFT 2.0 (consensus/ibft .../IbftRound.java, RoundState.java) differs only in that the proposer sends no
// PREPARE and the prepare quorum is quorum - 1: the same moments, since the proposer's PREPARE would travel
// with its proposal. GoQuorum's Istanbul is played the same way.

import type { NormalSource } from "./delay-field";
import type { RoundWorkspace } from "./workspace";

/**
 * Plays one round with the classes set (leader = proposer), proposal sent at 0. Returns when the quorum-th
 * validator commits, ms (Infinity when fewer than a quorum ever do); `ws.committedAt` then holds each
 * class's commit time and `ws.proposalAt` when each class accepted the proposal.
 */
export function playBftRound(ws: RoundWorkspace, quorum: number, random: NormalSource): number {
  const { field, proposalAt, preparedAt, committedAt } = ws;
  field.drawFrom(ws.classRegion[ws.leaderClass]!, random);
  ws.fillFromLeader(proposalAt);

  field.drawAll(random);
  for (let j = 0; j < ws.size; j++) {
    if (ws.classCount[j]! <= 0) continue;
    preparedAt[j] = Math.max(proposalAt[j]!, ws.quorumAt(j, proposalAt, proposalAt[j]!, quorum));
  }

  field.drawAll(random);
  for (let j = 0; j < ws.size; j++) {
    if (ws.classCount[j]! <= 0) continue;
    committedAt[j] = Math.max(proposalAt[j]!, ws.quorumAt(j, preparedAt, proposalAt[j]!, quorum));
  }
  return ws.quorumOver(committedAt, quorum);
}
