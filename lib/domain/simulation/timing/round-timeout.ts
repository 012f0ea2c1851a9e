// How long a BFT round lasts before validators give up on it and change round.
// - QBFT and IBFT 2.0 (Besu, consensus/common .../bft/BftRoundExpiryTimeCalculator.java; GoQuorum's QBFT
//   doubles the same way): requestTimeout * 2^round.
// - GoQuorum's Istanbul (IBFT 1.0, consensus/istanbul core newRoundChangeTimer): requestTimeout, plus 2^round
//   seconds from round 1 on.
// Round 0's timer starts when the block period has passed (Besu's QbftBlockHeightManager starts round 0 on
// the block timer's expiry), so the whole request timeout is the proposal's budget.

import type { Consensus } from "../../schema";

export function roundTimeoutMs(consensus: Consensus, round: number, requestTimeoutMs: number): number {
  if (consensus === "istanbul") return round === 0 ? requestTimeoutMs : requestTimeoutMs + 2 ** round * 1000;
  return requestTimeoutMs * 2 ** round;
}

/** Time from entering round `from` to entering round `to` (>= from) when every round in between times out, ms. */
export function timeBetweenRoundsMs(consensus: Consensus, from: number, to: number, requestTimeoutMs: number): number {
  let ms = 0;
  for (let round = from; round < to; round++) ms += roundTimeoutMs(consensus, round, requestTimeoutMs);
  return ms;
}

/**
 * The proposer of `round` when round 0's is at rotation position `roundZeroPosition`: one step per round, and
 * the next height's round 0 goes to the validator after the block's proposer (Besu, consensus/common
 * .../bft/blockcreation/ProposerSelector.java).
 */
export function proposerPosition(roundZeroPosition: number, round: number, validators: number): number {
  return (roundZeroPosition + round) % validators;
}
