// One GoQuorum raft block: the leader appends it to every follower's log and it is committed when a majority
// (the leader included) holds it, i.e. on the quorum-th acknowledgement. The leader needs a direct path to
// each follower (the paths are built without relays). Raft mints on its speculative chain without waiting
// for acknowledgements, so this is the block's latency, not its spacing.

import type { NormalSource } from "./delay-field";
import type { RoundWorkspace } from "./workspace";

/** Classes set with the leader as leader class; block minted at 0. Returns its commit time, ms (Infinity: no majority). */
export function playRaftAppend(ws: RoundWorkspace, quorum: number, random: NormalSource): number {
  const { field, proposalAt, committedAt } = ws;
  const leaderRegion = ws.classRegion[ws.leaderClass]!;
  field.drawFrom(leaderRegion, random);
  ws.fillFromLeader(proposalAt);
  field.drawTo(leaderRegion, random);
  for (let j = 0; j < ws.size; j++) {
    const r = ws.classRegion[j]!;
    const back = j === ws.leaderClass ? 0 : r === leaderRegion ? field.sameRegionMs(r) : field.pathMs(r, leaderRegion);
    committedAt[j] = proposalAt[j]! + back;
  }
  return ws.quorumOver(committedAt, quorum);
}
