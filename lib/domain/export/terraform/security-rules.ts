// Which traffic may reach a node group, independent of cloud. Each provider module turns these rules into
// NSG rules, security group rules or firewall rules.
// - devp2p (30303 TCP and UDP) from every region with a path to this one (its peers in the connectivity model);
// - JSON-RPC and WebSocket (8545, 8546) only where the group's exposure allows: private from its own
//   virtual network, internal from its peers, public from var.rpc_allowed_cidrs;
//   members and archive nodes serve applications in their own network; validators and bootnodes serve none;
// - metrics (9545) from the group's own virtual network, where Prometheus runs;
// - Tessera peer-to-peer (9000) between private members; raft (53000) between GoQuorum raft nodes.

import type { NodeGroup, Region, TopologyDocument } from "../../schema";
import { PORTS } from "../images";
import { cidr, formatRange } from "../../net/ipv4";
import { runsTessera } from "../nodes";

export type RuleSource = { readonly kind: "cidrs"; readonly cidrs: readonly string[] } | { readonly kind: "rpc_allowed_cidrs" };

export interface IngressRule {
  /** Short, unique within the group: p2p-tcp, rpc, metrics. */
  readonly name: string;
  readonly description: string;
  readonly protocol: "tcp" | "udp";
  readonly fromPort: number;
  readonly toPort: number;
  readonly source: RuleSource;
}

/** `peerPrefixes`: the routed prefixes of every region with a path to this one, its own included. */
export function ingressRulesFor(doc: TopologyDocument, group: NodeGroup, region: Region, peerPrefixes: readonly string[]): IngressRule[] {
  const own = formatRange(cidr(region.cidr));
  const network: RuleSource = { kind: "cidrs", cidrs: peerPrefixes };
  const ownNetwork: RuleSource = { kind: "cidrs", cidrs: [own] };
  const rules: IngressRule[] = [
    { name: "p2p-tcp", description: "devp2p (RLPx) from the regions with a path here", protocol: "tcp", fromPort: PORTS.p2p, toPort: PORTS.p2p, source: network },
    { name: "p2p-udp", description: "devp2p discovery from the regions with a path here", protocol: "udp", fromPort: PORTS.p2p, toPort: PORTS.p2p, source: network },
  ];
  const rpcSource = rpcSourceFor(group, ownNetwork, network);
  if (rpcSource) {
    rules.push({ name: "rpc", description: `JSON-RPC and WebSocket (${rpcExposureLabel(group)})`, protocol: "tcp", fromPort: PORTS.rpcHttp, toPort: PORTS.rpcWs, source: rpcSource });
    if (rpcSource.kind === "rpc_allowed_cidrs") {
      // Applications and operators inside the region still reach a public RPC node directly.
      rules.push({ name: "rpc-vnet", description: "JSON-RPC and WebSocket from the region's own network", protocol: "tcp", fromPort: PORTS.rpcHttp, toPort: PORTS.rpcWs, source: ownNetwork });
    }
  }
  rules.push({ name: "metrics", description: "Prometheus metrics from the region's own network", protocol: "tcp", fromPort: PORTS.metrics, toPort: PORTS.metrics, source: ownNetwork });
  if (runsTessera(group)) {
    rules.push({ name: "tessera", description: "Tessera peer-to-peer between private members", protocol: "tcp", fromPort: PORTS.tesseraP2p, toPort: PORTS.tesseraP2p, source: network });
  }
  if (doc.network.client === "goquorum" && doc.network.consensus === "raft") {
    rules.push({ name: "raft", description: "Raft consensus between nodes", protocol: "tcp", fromPort: PORTS.raft, toPort: PORTS.raft, source: network });
  }
  return rules;
}

function rpcSourceFor(group: NodeGroup, ownNetwork: RuleSource, network: RuleSource): RuleSource | undefined {
  if (group.role === "rpc") {
    if (group.exposure === "public") return { kind: "rpc_allowed_cidrs" };
    return group.exposure === "internal" ? network : ownNetwork;
  }
  if (group.role === "member" || group.role === "archive") return ownNetwork;
  return undefined;
}

function rpcExposureLabel(group: NodeGroup): string {
  if (group.role === "rpc") return `${group.exposure} exposure`;
  return "applications in the region";
}

export function portLabel(rule: IngressRule): string {
  return rule.fromPort === rule.toPort ? String(rule.fromPort) : `${rule.fromPort}-${rule.toPort}`;
}
