// What the timing simulation answers.

import type { RegionKey } from "../../region-key";
import type { Consensus, Provider } from "../../schema";

export interface TimingOptions {
  /** Seed of the random stream; the same seed gives the same answer. Default DEFAULT_TIMING_SEED. */
  readonly seed?: number;
  /** Rounds each validator proposes (leads, signs in turn). Default: sized to the design (see defaultRoundsPerProposer). */
  readonly roundsPerProposer?: number;
}

export interface Percentiles {
  readonly p50: number;
  readonly p95: number;
}

export interface ProposerRegionTiming {
  readonly regionId: string;
  readonly regionKey: RegionKey;
  readonly provider: Provider;
  /** Validators in this region: each proposes (or leads) equally often. */
  readonly validators: number;
  readonly rounds: number;
  /** Proposal to the quorum-th commit over this region's completed rounds, ms; null when none completed. */
  readonly commitMs: Percentiles | null;
  /** Share of this region's rounds that did not complete within the request timeout; null for Clique and Raft. */
  readonly roundChangeProbability: number | null;
}

export interface LatencySources {
  /** Pairs of distinct regions holding validators, by where their round trip comes from. */
  readonly measured: number;
  readonly estimated: number;
  /** Pairs of document regions in the same cloud region. */
  readonly sameRegion: number;
  /** Pairs whose model P95 was under the fibre minimum and was raised to it. */
  readonly belowFibreMinimum: number;
  /** Pairs with no packet path of their own whose messages are relayed by validators in a third region. */
  readonly relayed: number;
}

export interface Throughput {
  readonly blockGasLimit: number;
  /** The design's block period (Raft: the minting period), ms. */
  readonly blockPeriodMs: number;
  /** Full blocks at the mean effective block interval. */
  readonly gasPerSecond: number;
  /** Plain transfers (21,000 gas each) per second at that rate. */
  readonly transfersPerSecond: number;
  readonly limitedBy: "block-period" | "consensus-latency";
}

interface TimingCommon {
  readonly consensus: Consensus;
  readonly validators: number;
  readonly quorum: number;
  readonly seed: number;
  readonly latencySources: LatencySources;
  /** Plain sentences: what is modelled and how. */
  readonly assumptions: readonly string[];
}

export interface TimingProducing extends TimingCommon {
  readonly producesBlocks: true;
  /** Proposal to the quorum-th commit over completed rounds (Clique: to a majority of signers; Raft: to a majority's acknowledgement), ms. */
  readonly commitMs: Percentiles & { readonly min: number };
  /** Effective time from one block to the next, round changes included, ms. */
  readonly blockIntervalMs: Percentiles & { readonly mean: number };
  /** Share of rounds that exceed the request timeout and change round; null for Clique and Raft (no rounds). */
  readonly roundChangeProbability: number | null;
  /** When no round changed: the one-sided 95% upper bound on the probability (3 / rounds), else null. */
  readonly roundChangeProbabilityUpperBound: number | null;
  readonly roundsSimulated: number;
  readonly roundsPerProposer: number;
  readonly throughput: Throughput;
  readonly perProposerRegion: readonly ProposerRegionTiming[];
  /** Clique only: blocks with a competing out-of-turn block, and blocks an out-of-turn block won. */
  readonly clique?: { readonly outOfTurnSealProbability: number; readonly outOfTurnWinProbability: number };
}

export interface TimingHalted extends TimingCommon {
  readonly producesBlocks: false;
  /** Why no block can be produced, in plain words. */
  readonly reason: string;
}

export type TimingResult = TimingProducing | TimingHalted;
