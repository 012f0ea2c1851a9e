// An outage drill: what fails, when, and what the chain does about it second by second.

import type { Consensus, Provider } from "../../schema";

export type DrillFailure =
  /** Every document region in one cloud region ("azure:eastus"): their nodes stop. */
  | { readonly kind: "region"; readonly regionKey: string }
  /** Every region of one cloud. */
  | { readonly kind: "provider"; readonly provider: Provider }
  /** One declared link (a VPN between clouds, a peering beside a hub): nodes stay up, paths over it go. */
  | { readonly kind: "link"; readonly linkId: string }
  /** `count` validators stop: of `regionId` when given, else the ones due to propose (sign, lead) first. */
  | { readonly kind: "validators"; readonly count: number; readonly regionId?: string };

export interface DrillSpec {
  readonly failure: DrillFailure;
  readonly atMs: number;
  /** When what failed comes back; absent: not within the drill. */
  readonly recoverAtMs?: number;
  /** The drill plays from 0 to this moment. */
  readonly horizonMs: number;
}

export interface DrillOptions {
  /** Seed of the random stream (delays, proposer order, waits); default DEFAULT_DRILL_SEED. */
  readonly seed?: number;
}

export type DrillEventKind = "block" | "round-change" | "failure" | "recovery" | "stalled" | "resumed" | "leader-elected";

export interface DrillEvent {
  readonly atMs: number;
  readonly kind: DrillEventKind;
  readonly height?: number;
  /** BFT round the event belongs to (the round entered, for a round change). */
  readonly round?: number;
  /** Region of the block's proposer (signer, raft leader), or of the new round's proposer. */
  readonly proposerRegionId?: string;
  readonly label: string;
}

/** One sample of the chart series. */
export interface DrillSeriesPoint {
  readonly atMs: number;
  readonly validatorsUp: number;
  /** The most validators that are up and can exchange messages (Raft: reach one leader directly). */
  readonly validatorsConnected: number;
  readonly quorum: number;
  /** Blocks are coming at their normal pace: this moment is not inside a gap that took a timeout or more. */
  readonly producing: boolean;
}

export interface DrillSummary {
  readonly stalled: boolean;
  readonly stallStartMs?: number;
  readonly resumedAtMs?: number;
  /** Round changes from the failure to the first block after it (BFT only; 0 otherwise). */
  readonly roundChangesBeforeRecovery: number;
  /** The longest time between consecutive blocks, the drill's start and end included. */
  readonly maxGapMs: number;
  readonly blocksProduced: number;
  readonly summary: string;
}

export interface DrillResult {
  readonly consensus: Consensus;
  readonly validators: number;
  readonly quorum: number;
  readonly seed: number;
  readonly spec: DrillSpec;
  /** What failed, in words, and the validators it took down (0 for a link). */
  readonly failure: { readonly label: string; readonly validatorsDown: number; readonly regionIds: readonly string[] };
  readonly events: readonly DrillEvent[];
  readonly series: readonly DrillSeriesPoint[];
  readonly seriesStepMs: number;
  readonly summary: DrillSummary;
  readonly assumptions: readonly string[];
}
