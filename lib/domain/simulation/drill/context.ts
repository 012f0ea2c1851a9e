// What every drill engine works with, and what it writes.

import type { SimulationNetwork } from "../network";
import type { SeededRandom } from "../random";
import type { DrillTimeline } from "./timeline";
import type { DrillEvent } from "./types";

export interface DrillContext {
  readonly network: SimulationNetwork;
  readonly timeline: DrillTimeline;
  /** Proposer (signer) order, validator indexes; Raft's first leader is the first. */
  readonly rotation: Int32Array;
  readonly random: SeededRandom;
  readonly horizonMs: number;
  readonly events: DrillEvent[];
  /** When each block was committed (sealed, for Clique), ms, in order. */
  readonly blocksMs: number[];
  /** Clique's engine finds its stall itself (signers run out); BFT and Raft stall when quorum is lost. */
  stallStartMs?: number;
}

export function regionIdOf(ctx: DrillContext, validator: number): string {
  return ctx.network.validators[validator]!.regionId;
}

/** "12.3 s" for a time or duration in ms. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}
