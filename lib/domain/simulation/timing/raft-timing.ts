// Raft blocks: the leader is fixed while it lives, so every validator leads `roundsPerProposer` blocks in
// turn to give the answer per possible leader region. Blocks are spaced by the minting period.

import { RAFT_BLOCK_TIME_MS } from "../network";
import { positionRandom, regionOfValidator, type TimingContext } from "./context";
import { playRaftAppend } from "./raft-round";

export function runRaftTiming(ctx: TimingContext): void {
  const { network, counts, rotation, ws, tally } = ctx;
  for (let position = 0; position < rotation.length; position++) {
    const region = regionOfValidator(ctx, rotation[position]!);
    const random = positionRandom(ctx, position);
    for (let rep = 0; rep < ctx.roundsPerProposer; rep++) {
      ws.setClasses(counts, region);
      const commitMs = playRaftAppend(ws, network.quorum, random);
      // A leader without a majority it reaches directly mints nothing that commits.
      tally.record(region, commitMs, false, Number.isFinite(commitMs) ? RAFT_BLOCK_TIME_MS : Infinity);
    }
  }
}
