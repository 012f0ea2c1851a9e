// Clique blocks: every signer is in turn `roundsPerProposer` times in rotation order. "Commit" for Clique,
// which has no finality, is the in-turn block reaching a majority of signers.

import { playCliqueBlock, type CliqueSigner } from "./clique-block";
import { positionRandom, regionOfValidator, type TimingContext } from "./context";

export interface CliqueTally {
  competing: number;
  outOfTurnWins: number;
}

export function runCliqueTiming(ctx: TimingContext): CliqueTally {
  const { network, counts, rotation, ws, tally } = ctx;
  const n = rotation.length;
  // A signer may sign one block in any floor(n/2) + 1: the last floor(n/2) blocks' signers wait (with every
  // block in turn, the floor(n/2) signers before this one), which leaves n - floor(n/2) - 1 out-of-turn signers.
  const outOfTurnCount = n - Math.floor(n / 2) - 1;
  const result: CliqueTally = { competing: 0, outOfTurnWins: 0 };
  for (let position = 0; position < n; position++) {
    const signer = rotation[position]!;
    const region = regionOfValidator(ctx, signer);
    const next = rotation[(position + 1) % n]!;
    const outOfTurn: CliqueSigner[] = [];
    for (let k = 1; k <= outOfTurnCount; k++) {
      const v = rotation[(position + k) % n]!;
      outOfTurn.push({ region: regionOfValidator(ctx, v), isNextInTurn: k === 1 });
    }
    const random = positionRandom(ctx, position);
    for (let rep = 0; rep < ctx.roundsPerProposer; rep++) {
      ws.setClasses(counts, region);
      const outcome = playCliqueBlock(
        ws,
        { signers: n, majority: network.quorum, periodMs: network.blockPeriodMs, outOfTurn, nextRegion: next === signer ? -1 : regionOfValidator(ctx, next) },
        random,
      );
      if (outcome.competing) result.competing++;
      if (outcome.outOfTurnWins) result.outOfTurnWins++;
      tally.record(region, outcome.majorityMs, false, Math.max(network.blockPeriodMs, outcome.nextSignerHasBlockMs));
    }
  }
  return result;
}
