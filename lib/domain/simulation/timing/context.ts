// What every per-consensus timing loop works with.

import type { SimulationNetwork } from "../network";
import type { SeededRandom } from "../random";
import type { TimingTally } from "./tally";
import type { RoundWorkspace } from "./workspace";

export interface TimingContext {
  readonly network: SimulationNetwork;
  /** Validators per document region. */
  readonly counts: Float64Array;
  /** Proposer (signer, leader) order: validator indexes. */
  readonly rotation: Int32Array;
  readonly ws: RoundWorkspace;
  readonly roundsPerProposer: number;
  /** Root stream; each rotation position forks its own, so positions are independent of each other's draws. */
  readonly random: SeededRandom;
  readonly tally: TimingTally;
}

/** The stream of the rounds proposed from rotation position `position`. */
export function positionRandom(ctx: TimingContext, position: number): SeededRandom {
  return ctx.random.fork(1 + position);
}

export function regionOfValidator(ctx: TimingContext, validator: number): number {
  return ctx.network.validators[validator]!.regionIndex;
}
