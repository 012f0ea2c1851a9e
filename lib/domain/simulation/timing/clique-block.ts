// One Clique block. The in-turn signer seals at the block time; every other signer allowed to sign (not among
// the last floor(n/2) blocks' signers) seals after a random wait unless the in-turn block has reached it first
// (Besu, consensus/clique .../blockcreation/CliqueBlockScheduler.java: uniform 1 .. (n/2 + 1) * 500 ms).
// Forks resolve by total difficulty (in-turn 2, out-of-turn 1), so an out-of-turn block only wins when the
// next in-turn signer seals on it: it lacks the in-turn block a block period later but has an out-of-turn one.

import type { NormalSource } from "./delay-field";
import type { RoundWorkspace } from "./workspace";

export const CLIQUE_OUT_OF_TURN_STEP_MS = 500;

export interface UniformSource {
  /** Uniform in [0, 1). */
  uniform(): number;
}

/** Besu's longest out-of-turn wait for `signers` signers, ms. */
export function outOfTurnMaxDelayMs(signers: number): number {
  return Math.floor((signers / 2 + 1) * CLIQUE_OUT_OF_TURN_STEP_MS);
}

/** One out-of-turn wait, uniform over 1 .. outOfTurnMaxDelayMs(signers) ms. */
export function drawOutOfTurnDelayMs(signers: number, random: UniformSource): number {
  return 1 + Math.floor(random.uniform() * outOfTurnMaxDelayMs(signers));
}

export interface CliqueSigner {
  readonly region: number;
  /** Whether this signer is the next block's in-turn signer. */
  readonly isNextInTurn: boolean;
}

export interface CliqueBlockOutcome {
  /** When the in-turn block has reached a majority of signers (the sealer included), ms after sealing. */
  readonly majorityMs: number;
  /** Some out-of-turn signer sealed a competing block before the in-turn one reached it. */
  readonly competing: boolean;
  /** The next in-turn signer built on an out-of-turn block. */
  readonly outOfTurnWins: boolean;
  /** When the next in-turn signer first holds a block of this height, ms after the block time. */
  readonly nextSignerHasBlockMs: number;
}

/** Classes set with the in-turn signer as leader; `nextRegion` is the next in-turn signer's region (-1: the leader itself). */
export function playCliqueBlock(
  ws: RoundWorkspace,
  params: { signers: number; majority: number; periodMs: number; outOfTurn: readonly CliqueSigner[]; nextRegion: number },
  random: NormalSource & UniformSource,
): CliqueBlockOutcome {
  const { field, proposalAt } = ws;
  const leaderRegion = ws.classRegion[ws.leaderClass]!;
  field.drawFrom(leaderRegion, random);
  ws.fillFromLeader(proposalAt);
  const majorityMs = ws.quorumOver(proposalAt, params.majority);
  const nextClass = params.nextRegion < 0 ? ws.leaderClass : ws.classOf(params.nextRegion, false);
  const inTurnAtNext = proposalAt[nextClass]!;

  const sealedAt: number[] = [];
  const sealedBy: CliqueSigner[] = [];
  for (const signer of params.outOfTurn) {
    const waitMs = drawOutOfTurnDelayMs(params.signers, random);
    if (proposalAt[ws.classOf(signer.region, false)]! > waitMs) {
      sealedAt.push(waitMs);
      sealedBy.push(signer);
    }
  }
  let outOfTurnAtNext = Infinity;
  if (sealedAt.length > 0) {
    field.drawAll(random);
    const nextRegion = ws.classRegion[nextClass]!;
    sealedBy.forEach((signer, k) => {
      const hop = signer.isNextInTurn ? 0 : signer.region === nextRegion ? field.sameRegionMs(nextRegion) : field.pathMs(signer.region, nextRegion);
      outOfTurnAtNext = Math.min(outOfTurnAtNext, sealedAt[k]! + hop);
    });
  }
  const outOfTurnWins = inTurnAtNext > params.periodMs && outOfTurnAtNext <= params.periodMs;
  return {
    majorityMs,
    competing: sealedAt.length > 0,
    outOfTurnWins,
    nextSignerHasBlockMs: Math.min(inTurnAtNext, outOfTurnAtNext),
  };
}
