// What the monitoring bundle needs to know about a design, computed once: every node with its labels and
// address, the validators' quorum, the regions and clouds, how many peers each node should have, and the
// thresholds derived from the block period. Rules, scrape config and dashboards all read these facts.

import { quorumSize } from "../../consensus/quorum";
import type { Client, Consensus, NodeRole, Provider } from "../../schema";
import { RAFT_BLOCK_TIME_MS } from "../client-config";
import { canonicalHost } from "../identities";
import type { NodeInstance } from "../nodes";
import type { NetworkPlan, RegionPlan } from "../terraform/plan";

/** Prometheus scrapes and evaluates rules this often. */
export const SCRAPE_INTERVAL_SECONDS = 15;
/** Block production counts as stalled after this many block periods without a new head (at least 4 scrapes). */
export const STALL_BLOCK_PERIODS = 10;
/** The warning fires while this many validators (or fewer) are left above quorum. */
export const QUORUM_WARNING_MARGIN_VALIDATORS = 1;
/** A region's head may trail the network's by this many block periods before the lag alert fires. */
export const HEAD_LAG_BLOCK_PERIODS = 3;
/** Default peer limits: Besu's --max-peers (25) and geth's --maxpeers (50); the exports set neither. */
const MAX_PEERS: Readonly<Record<Client, number>> = { besu: 25, goquorum: 50 };

export interface MonitoredNode {
  readonly name: string;
  readonly host: string;
  readonly role: NodeRole;
  readonly groupId: string;
  readonly regionId: string;
  readonly provider: Provider;
  /** Runs on a virtual machine or scale set, where node-exporter watches the host's disks. */
  readonly onHost: boolean;
  /** The peers the design gives the node: those it can dial, capped by the client's peer limit. */
  readonly expectedPeers: number;
}

export interface MonitoredRegion {
  readonly id: string;
  readonly provider: Provider;
  /** The provider's region name (eastus, us-east-1). */
  readonly cloudRegion: string;
  readonly nodes: readonly MonitoredNode[];
  readonly validators: number;
}

export interface MonitoringFacts {
  readonly networkName: string;
  readonly slug: string;
  readonly client: Client;
  readonly consensus: Consensus;
  readonly blockPeriodSeconds: number;
  readonly validators: number;
  /** Validators that must be up for blocks to be produced. */
  readonly quorum: number;
  /** The warning's margin above quorum: 0 when the design has no spare validator. */
  readonly warningMarginValidators: number;
  readonly nodes: readonly MonitoredNode[];
  /** Regions that run nodes, in document order. */
  readonly regions: readonly MonitoredRegion[];
  /** Clouds that run nodes, in the order they first appear. */
  readonly providers: readonly Provider[];
  /** The window without a new block after which production counts as stalled. */
  readonly stallWindowSeconds: number;
  /** Blocks a region's head may trail the network's highest head (scrape skew included). */
  readonly headLagBlocks: number;
}

/**
 * The nodes a node of `region` dials: the same choice as dialableKeys (peer-lists.ts) makes for static nodes,
 * on node instances so the monitoring target needs no keys: nodes of regions with a packet path that have a
 * fixed p2p address.
 */
function dialableNodes(plan: NetworkPlan, region: RegionPlan): NodeInstance[] {
  const peers = new Set(region.peers.map((i) => plan.doc.regions[i]!.id));
  return plan.regions.flatMap((r) => r.groups.flatMap((g) => g.nodes)).filter((n) => {
    const address = plan.p2p.get(n.name);
    return peers.has(n.region.id) && (address?.kind === "machine" || address?.kind === "load-balancer");
  });
}

export function monitoringFacts(plan: NetworkPlan): MonitoringFacts {
  const { doc } = plan;
  const { client, consensus, blockPeriodSeconds } = doc.network;
  const nodes: MonitoredNode[] = [];
  const regions: MonitoredRegion[] = [];
  for (const r of plan.regions) {
    const dialable = dialableNodes(plan, r);
    const inRegion: MonitoredNode[] = [];
    for (const g of r.groups) {
      for (const node of g.nodes) {
        const others = dialable.filter((n) => n.name !== node.name).length;
        inRegion.push({
          name: node.name,
          host: canonicalHost(doc, node),
          role: node.role,
          groupId: g.group.id,
          regionId: r.region.id,
          provider: r.provider,
          onHost: g.kind === "vm" || g.kind === "scale-set",
          expectedPeers: Math.min(others, MAX_PEERS[client]),
        });
      }
    }
    if (inRegion.length === 0) continue;
    nodes.push(...inRegion);
    regions.push({ id: r.region.id, provider: r.provider, cloudRegion: r.region.region, nodes: inRegion, validators: inRegion.filter((n) => n.role === "validator").length });
  }
  const validators = nodes.filter((n) => n.role === "validator").length;
  const quorum = quorumSize(consensus, validators);
  return {
    networkName: doc.name,
    slug: plan.slug,
    client,
    consensus,
    blockPeriodSeconds,
    validators,
    quorum,
    warningMarginValidators: Math.min(QUORUM_WARNING_MARGIN_VALIDATORS, validators - quorum),
    nodes,
    regions,
    providers: [...new Set(regions.map((r) => r.provider))],
    stallWindowSeconds: Math.max(STALL_BLOCK_PERIODS * blockPeriodSeconds, 4 * SCRAPE_INTERVAL_SECONDS),
    // Heights are scraped up to one interval apart, so skew alone can show a scrape's worth of blocks; raft
    // under load mints a block every --raftblocktime instead of every block period.
    headLagBlocks: HEAD_LAG_BLOCK_PERIODS + Math.ceil(SCRAPE_INTERVAL_SECONDS / (consensus === "raft" ? RAFT_BLOCK_TIME_MS / 1000 : blockPeriodSeconds)),
  };
}
