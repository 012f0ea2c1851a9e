// The network a simulation runs on, built once from a document: every validator as an individual, the
// round trips between the document's regions (P95 ms and where each number comes from), the delay
// distribution of every pair, the consensus settings and the connectivity model. Timing and drills share it.

import { getRegion } from "../catalog";
import { quorumSize } from "../consensus/quorum";
import { classifyFromCatalog } from "../consensus/failure-domains";
import { RAFT_BLOCK_TIME_MS } from "../export/client-config";
import { DEFAULT_GAS_LIMIT, RAFT_GAS_LIMIT } from "../export/genesis";
import { greatCircleKm, rtt } from "../latency";
import { buildConnectivity, type ConnectivityModel } from "../net/connectivity";
import { regionKeyOf, type Provider, type RegionKey } from "../region-key";
import type { Client, Consensus, TopologyDocument } from "../schema";
import { fitPairDelay, type PairDelay } from "./delay";

/** GoQuorum raft's genesis gas limit, as the genesis exporter writes it. */
export const RAFT_GENESIS_GAS_LIMIT = Number.parseInt(RAFT_GAS_LIMIT, 16);
/** Raft mints at most one block per this period under load, as the exported client flags set it. */
export { RAFT_BLOCK_TIME_MS };

export class SimulationError extends Error {
  override name = "SimulationError";
}

export interface SimulationValidator {
  /** Position in the document's validator list (node groups in order, each expanded by its count). */
  readonly index: number;
  readonly regionIndex: number;
  readonly regionId: string;
  readonly regionKey: RegionKey;
  readonly provider: Provider;
  readonly groupId: string;
}

export interface SimulationRegion {
  readonly index: number;
  readonly id: string;
  readonly key: RegionKey;
  readonly provider: Provider;
  readonly validators: number;
}

export type RttSource = "measured" | "estimated" | "same-region";

export interface SimulationNetwork {
  readonly consensus: Consensus;
  readonly client: Client;
  /** Every document region, in document order (regions without validators too: the connectivity model needs them). */
  readonly regions: readonly SimulationRegion[];
  readonly validators: readonly SimulationValidator[];
  readonly validatorsPerRegion: readonly number[];
  readonly quorum: number;
  /** Round trip P95 between document regions i and j at [i * regions + j], ms. */
  readonly rttP95Ms: Float64Array;
  readonly rttSource: readonly RttSource[];
  /** The one-way delay distribution of every ordered pair, same layout. */
  readonly pairDelay: readonly PairDelay[];
  readonly blockPeriodMs: number;
  readonly requestTimeoutMs: number;
  readonly blockGasLimit: number;
  readonly connectivity: ConnectivityModel;
}

/** O(regions^2 + validators). Throws SimulationError for a region the catalog (and so the latency model) does not know. */
export function buildSimulationNetwork(doc: TopologyDocument): SimulationNetwork {
  const r = doc.regions.length;
  const indexOf = new Map<string, number>();
  doc.regions.forEach((region, i) => indexOf.set(region.id, i));
  const infos = doc.regions.map((region) => {
    const info = getRegion(region.provider, region.region);
    if (!info) throw new SimulationError(`Region '${region.id}' (${regionKeyOf(region)}) is not in the region catalog, so no latency is known for it.`);
    return info;
  });

  const validators: SimulationValidator[] = [];
  const perRegion = new Array<number>(r).fill(0);
  for (const group of doc.nodeGroups) {
    if (group.role !== "validator") continue;
    const regionIndex = indexOf.get(group.regionId);
    if (regionIndex === undefined) continue; // the schema refuses dangling references
    const region = doc.regions[regionIndex]!;
    perRegion[regionIndex]! += group.count;
    for (let k = 0; k < group.count; k++) {
      validators.push({
        index: validators.length, regionIndex, regionId: region.id, regionKey: regionKeyOf(region), provider: region.provider, groupId: group.id,
      });
    }
  }

  const rttP95Ms = new Float64Array(r * r);
  const rttSource: RttSource[] = new Array<RttSource>(r * r);
  const pairDelay: PairDelay[] = new Array<PairDelay>(r * r);
  for (let i = 0; i < r; i++) {
    for (let j = i; j < r; j++) {
      const a = infos[i]!;
      const b = infos[j]!;
      const sameRegion = a.provider === b.provider && a.id === b.id;
      const { rttMs, source } = rtt(a, b);
      const delay = fitPairDelay({ p95RoundTripMs: rttMs, distanceKm: greatCircleKm(a, b), sameRegion });
      for (const [x, y] of [[i, j], [j, i]] as const) {
        rttP95Ms[x * r + y] = rttMs;
        rttSource[x * r + y] = sameRegion ? "same-region" : source;
        pairDelay[x * r + y] = delay;
      }
    }
  }

  const consensus = doc.network.consensus;
  return {
    consensus,
    client: doc.network.client,
    regions: doc.regions.map((region, i) => ({ index: i, id: region.id, key: regionKeyOf(region), provider: region.provider, validators: perRegion[i]! })),
    validators,
    validatorsPerRegion: perRegion,
    quorum: quorumSize(consensus, validators.length),
    rttP95Ms,
    rttSource,
    pairDelay,
    blockPeriodMs: doc.network.blockPeriodSeconds * 1000,
    requestTimeoutMs: doc.network.requestTimeoutSeconds * 1000,
    blockGasLimit: consensus === "raft" ? RAFT_GENESIS_GAS_LIMIT : Number.parseInt(DEFAULT_GAS_LIMIT, 16),
    connectivity: buildConnectivity(doc, classifyFromCatalog),
  };
}
