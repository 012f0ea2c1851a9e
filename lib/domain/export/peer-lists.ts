// Which nodes a node dials (static nodes) and discovers from (bootnodes): those in the regions the
// connectivity model gives a packet path to, never one it cannot reach. Inside one cluster a node is named
// by the cluster's own DNS; elsewhere by its name in the network's private zone (`canonicalHost`).

import type { NodeRole } from "../schema";
import { enodeUrl } from "./client-config";
import { canonicalHost, type NodeKeys } from "./identities";
import type { NetworkPlan, RegionPlan } from "./terraform/plan";

export interface PeerListOptions {
  /** The in-cluster name of a node that runs in the same cluster as the dialling node, else undefined. */
  readonly localHost?: (k: NodeKeys) => string | undefined;
  /** Only these roles (bootnodes: ["bootnode"]). */
  readonly roles?: readonly NodeRole[];
}

/**
 * Nodes a node of `region` can dial, in key order: those in its own cluster (by their in-cluster name), and
 * elsewhere those in regions it has a path to that have a fixed address.
 */
export function dialableKeys(plan: NetworkPlan, keys: readonly NodeKeys[], region: RegionPlan, localHost?: (k: NodeKeys) => string | undefined): NodeKeys[] {
  const peers = new Set(region.peers.map((i) => plan.doc.regions[i]!.id));
  return keys.filter((k) => {
    if (localHost?.(k) !== undefined) return true;
    const address = plan.p2p.get(k.node.name);
    return peers.has(k.node.region.id) && (address?.kind === "machine" || address?.kind === "load-balancer");
  });
}

/** Enode URLs for a node of `region` to dial. */
export function peerEnodes(plan: NetworkPlan, keys: readonly NodeKeys[], region: RegionPlan, options: PeerListOptions = {}): string[] {
  return dialableKeys(plan, keys, region, options.localHost)
    .filter((k) => !options.roles || options.roles.includes(k.node.role))
    .map((k) => enodeUrl(plan.doc, k.identity.publicKey, options.localHost?.(k) ?? canonicalHost(plan.doc, k.node)));
}
