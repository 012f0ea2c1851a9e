// GoQuorum raft on a timeline. The leader mints a block every minting period while a majority it reaches
// directly is up; each commits on the majority's acknowledgement. When the leader is lost (down, or cut
// off from a majority), the followers wait out their election timeouts from the last heartbeat: GoQuorum
// ticks every 100 ms and times out after 10 ticks (raft/handler.go ElectionTick: 10, raft/constants.go
// tickerMS = 100), and etcd raft draws each node's timeout uniformly from [timeout, 2 * timeout). The
// first follower whose timer fires and that reaches a majority directly wins the vote one round trip later.
// With no such follower the chain stalls until something recovers. GoQuorum runs without PreVote or
// CheckQuorum, so a leader that keeps a majority keeps leading.

import { RAFT_BLOCK_TIME_MS } from "../network";
import { directlyConnected } from "../../net/connectivity";
import { playRaftAppend } from "../timing/raft-round";
import { regionIdOf, seconds, type DrillContext } from "./context";

export const RAFT_ELECTION_TIMEOUT_MS = 10 * 100;

export function runRaftDrill(ctx: DrillContext): void {
  const { network, timeline, rotation } = ctx;
  const q = network.quorum;
  const region = (v: number) => network.validators[v]!.regionIndex;

  /** Validators up at `atMs` that `leader` reaches directly, itself included. */
  const reach = (leader: number, atMs: number) => {
    const phase = timeline.phaseAt(atMs);
    let count = 0;
    for (let v = 0; v < rotation.length; v++) {
      if (timeline.isUp(v, atMs) && directlyConnected(network.connectivity, region(leader), region(v), phase.outage)) count++;
    }
    return count;
  };

  let leader = rotation[0]!;
  let leaderOk = true;
  let atMs = 0;
  for (let height = 1; atMs < ctx.horizonMs; ) {
    const phase = timeline.phaseAt(atMs);
    if (leaderOk && timeline.isUp(leader, atMs) && reach(leader, atMs) >= q) {
      phase.ws.setClasses(phase.counts, region(leader));
      const commitMs = playRaftAppend(phase.ws, q, ctx.random);
      if (Number.isFinite(commitMs) && atMs + commitMs <= ctx.horizonMs) {
        ctx.blocksMs.push(atMs + commitMs);
        ctx.events.push({ atMs: atMs + commitMs, kind: "block", height, proposerRegionId: regionIdOf(ctx, leader), label: `Block ${height} minted by the leader in '${regionIdOf(ctx, leader)}'` });
        height++;
      }
      atMs += RAFT_BLOCK_TIME_MS;
      continue;
    }
    // The leader is gone: an election from the moment it was lost (the phase change). A leader that crashed
    // restarts as a follower; one that only lost its majority still leads once the majority is back.
    if (!timeline.isUp(leader, atMs)) leaderOk = false;
    const lostMs = Math.max(phase.fromMs, 0);
    let winner = -1;
    let firesMs = Infinity;
    for (let v = 0; v < rotation.length; v++) {
      if (!timeline.isUp(v, lostMs) || reach(v, lostMs) < q) continue;
      const at = lostMs + RAFT_ELECTION_TIMEOUT_MS * (1 + ctx.random.uniform());
      if (at < firesMs) {
        firesMs = at;
        winner = v;
      }
    }
    if (winner < 0) {
      const next = timeline.nextBoundaryAfter(atMs);
      if (!(next < ctx.horizonMs)) return;
      atMs = next;
      continue;
    }
    // Request votes and count replies: the same round trip as an append.
    const votePhase = timeline.phaseAt(firesMs);
    votePhase.ws.setClasses(votePhase.counts, region(winner));
    const electedMs = firesMs + playRaftAppend(votePhase.ws, q, ctx.random);
    if (!(electedMs < ctx.horizonMs)) return;
    ctx.events.push({
      atMs: electedMs, kind: "leader-elected", proposerRegionId: regionIdOf(ctx, winner),
      label: `A new leader in '${regionIdOf(ctx, winner)}' is elected ${seconds(electedMs - lostMs)} after the leader was lost (election timeout ${seconds(firesMs - lostMs)}, then the vote)`,
    });
    leader = winner;
    leaderOk = true;
    atMs = electedMs;
  }
}
