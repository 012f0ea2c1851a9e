// simulateTiming: a block's life on the design's network, round after round, from a seeded random stream.

import { validatorConnectivity } from "../../consensus/failure-domains";
import { CONSENSUS_LABELS } from "../../consensus/quorum";
import type { TopologyDocument } from "../../schema";
import { buildSimulationNetwork, RAFT_BLOCK_TIME_MS, type SimulationNetwork } from "../network";
import { createRandom, normalizeSeed } from "../random";
import { timingAssumptions } from "./assumptions";
import { runBftTiming } from "./bft-timing";
import { runCliqueTiming } from "./clique-timing";
import { DelayField } from "./delay-field";
import { buildRegionPaths, RELAYED, type RegionPaths } from "./paths";
import { runRaftTiming } from "./raft-timing";
import { ROTATION_STREAM, rotationOrder } from "./rotation";
import { quantile, summarize } from "./stats";
import { TimingTally } from "./tally";
import type { LatencySources, ProposerRegionTiming, TimingOptions, TimingResult } from "./types";
import { RoundWorkspace } from "./workspace";

export const DEFAULT_TIMING_SEED = 1;
/** Gas of a plain ether transfer. */
export const TRANSFER_GAS = 21_000;
/** Default work: region-pair delay draws per simulation, and rounds in all (a 1-in-1,000 event shows about 5 times). */
export const DEFAULT_DRAW_BUDGET = 2_000_000;
export const DEFAULT_MAX_ROUNDS = 5_000;

/** Rounds per proposer so the whole run stays within the draw budget: at least one each. */
export function defaultRoundsPerProposer(network: SimulationNetwork): number {
  const n = network.validators.length;
  if (n === 0) return 0;
  const e = network.validatorsPerRegion.filter((v) => v > 0).length;
  const drawsPerRound = network.consensus === "raft" ? 2 * e : network.consensus === "clique" ? e + e * (e - 1) : e + 2 * e * (e - 1);
  const rounds = Math.min(DEFAULT_MAX_ROUNDS, Math.floor(DEFAULT_DRAW_BUDGET / Math.max(1, drawsPerRound)));
  return Math.max(1, Math.floor(rounds / n));
}

export function simulateTiming(doc: TopologyDocument, options: TimingOptions = {}): TimingResult {
  const network = buildSimulationNetwork(doc);
  const seed = normalizeSeed(options.seed ?? DEFAULT_TIMING_SEED);
  const { consensus, quorum } = network;
  const n = network.validators.length;
  const endpoints = network.validatorsPerRegion.flatMap((v, i) => (v > 0 ? [i] : []));
  const paths = buildRegionPaths(network, endpoints, {}, consensus !== "raft");
  const common = {
    consensus, validators: n, quorum, seed, latencySources: latencySources(network, paths), assumptions: timingAssumptions(consensus, seed),
  };

  const connected = n === 0 ? 0 : validatorConnectivity(network.connectivity, consensus, network.validatorsPerRegion).connected;
  if (n === 0) return { ...common, producesBlocks: false, reason: "There are no validators: the chain cannot produce blocks." };
  if (connected < quorum) {
    return {
      ...common,
      producesBlocks: false,
      reason: `At most ${connected} of ${n} validators can exchange messages (${consensus === "raft" ? "a Raft leader needs direct paths" : "relays included"}); ${CONSENSUS_LABELS[consensus]} needs ${quorum}: the chain cannot produce blocks.`,
    };
  }

  const random = createRandom(seed);
  const roundsPerProposer = Math.max(1, Math.floor(options.roundsPerProposer ?? defaultRoundsPerProposer(network)));
  const ws = new RoundWorkspace(new DelayField(network, paths), network.regions.length);
  const tally = new TimingTally();
  const ctx = {
    network, counts: Float64Array.from(network.validatorsPerRegion), rotation: rotationOrder(n, random.fork(ROTATION_STREAM)),
    ws, roundsPerProposer, random, tally,
  };
  let clique: { outOfTurnSealProbability: number; outOfTurnWinProbability: number } | undefined;
  if (consensus === "raft") runRaftTiming(ctx);
  else if (consensus === "clique") {
    const c = runCliqueTiming(ctx);
    clique = { outOfTurnSealProbability: c.competing / tally.rounds, outOfTurnWinProbability: c.outOfTurnWins / tally.rounds };
  } else runBftTiming(ctx);

  const hasRounds = consensus !== "raft" && consensus !== "clique";
  const commits = summarize(tally.commits.sorted());
  const intervals = tally.intervals.sorted();
  const meanIntervalMs = tally.intervals.mean();
  const blockPeriodMs = consensus === "raft" ? RAFT_BLOCK_TIME_MS : network.blockPeriodMs;
  const gasPerSecond = network.blockGasLimit / (meanIntervalMs / 1000);
  const intervalP50 = quantile(intervals, 0.5);
  const roundChangeProbability = hasRounds ? tally.roundChanges / tally.rounds : null;

  const perProposerRegion: ProposerRegionTiming[] = [...tally.perRegion.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, t]) => {
      const region = network.regions[index]!;
      const sorted = t.commits.sorted();
      return {
        regionId: region.id, regionKey: region.key, provider: region.provider, validators: region.validators, rounds: t.rounds,
        commitMs: sorted.length === 0 ? null : { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) },
        roundChangeProbability: hasRounds ? t.roundChanges / t.rounds : null,
      };
    });

  return {
    ...common,
    producesBlocks: true,
    commitMs: commits,
    blockIntervalMs: { p50: intervalP50, p95: quantile(intervals, 0.95), mean: meanIntervalMs },
    roundChangeProbability,
    roundChangeProbabilityUpperBound: roundChangeProbability === 0 ? 3 / tally.rounds : null,
    roundsSimulated: tally.rounds,
    roundsPerProposer,
    throughput: {
      blockGasLimit: network.blockGasLimit,
      blockPeriodMs,
      gasPerSecond,
      transfersPerSecond: gasPerSecond / TRANSFER_GAS,
      limitedBy: intervalP50 > blockPeriodMs ? "consensus-latency" : "block-period",
    },
    perProposerRegion,
    ...(clique ? { clique } : {}),
  };
}

function latencySources(network: SimulationNetwork, paths: RegionPaths): LatencySources {
  const r = network.regions.length;
  const counts = { measured: 0, estimated: 0, sameRegion: 0, belowFibreMinimum: 0, relayed: 0 };
  const { endpoints } = paths;
  for (let x = 0; x < endpoints.length; x++) {
    for (let y = x + 1; y < endpoints.length; y++) {
      const pair = endpoints[x]! * r + endpoints[y]!;
      const source = network.rttSource[pair]!;
      if (source === "same-region") counts.sameRegion++;
      else counts[source]++;
      if (network.pairDelay[pair]!.belowFibreMinimum) counts.belowFibreMinimum++;
      if (paths.route[pair] === RELAYED) counts.relayed++;
    }
  }
  return counts;
}
