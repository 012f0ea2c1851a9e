// Where each node is reached for devp2p: a virtual machine's fixed private address, or, on Kubernetes, an
// internal load balancer of its own with a fixed address from its region's load-balancer subnet (pod
// addresses change on every restart, and a ClusterIP Service is reachable only inside its cluster). Only
// nodes that others dial need one: validators and bootnodes (every node for Raft, whose members all talk to
// each other); RPC, member and archive nodes dial out. Scale sets and container services get addresses when
// they start, so no other node can name them in advance.

import { cidr, hostOf } from "../net/ipv4";
import { dialledFromElsewhere } from "../net/p2p-exposure";
import type { Consensus, NodeRole, Provider } from "../schema";
import { ExportError } from "./types";

/** The slice of a planned node group addresses depend on (the Terraform plan's GroupPlan has it). */
export interface AddressedGroup {
  readonly kind: string;
  readonly cidr: string;
  readonly zonalCidrs: readonly string[];
  readonly nodes: readonly { readonly name: string; readonly role: NodeRole }[];
}

/** The slice of a planned region addresses depend on (the Terraform plan's RegionPlan has it). */
export interface AddressedRegion {
  readonly provider: Provider;
  readonly region: { readonly id: string };
  readonly infra: { readonly loadBalancers: string };
  readonly groups: readonly AddressedGroup[];
}

export type P2pAddress =
  | { readonly kind: "machine" | "load-balancer"; readonly ip: string }
  /** Reached inside its own cluster only: it dials out to the rest. */
  | { readonly kind: "cluster" }
  | { readonly kind: "dynamic" };

/** Clouds reserve the first four addresses of a subnet, and the last one or two. */
const FIRST_HOST = 4;
const LAST_RESERVED = 2;

/** The index-th usable address of a subnet, or undefined when the subnet is too small for it. */
export function staticIp(subnet: string, index: number): string | undefined {
  const block = cidr(subnet);
  const n = FIRST_HOST + index;
  return n <= block.end - block.start - LAST_RESERVED ? hostOf(block, n) : undefined;
}

/** A machine's fixed address: AWS spreads a group's machines over its zonal subnets. */
export function machineIp(region: Pick<AddressedRegion, "provider">, group: Pick<AddressedGroup, "cidr" | "zonalCidrs">, indexInGroup: number): string | undefined {
  if (region.provider !== "aws") return staticIp(group.cidr, indexInGroup);
  const zones = group.zonalCidrs.length;
  return staticIp(group.zonalCidrs[indexInGroup % zones]!, Math.floor(indexInGroup / zones));
}

/** Every node's p2p address, by node name. Throws when a region's load-balancer subnet is too small. */
export function nodeAddresses(regions: readonly AddressedRegion[], consensus: Consensus): Map<string, P2pAddress> {
  const out = new Map<string, P2pAddress>();
  for (const r of regions) {
    let balancers = 0;
    for (const g of r.groups) {
      g.nodes.forEach((node, i) => {
        if (g.kind === "vm") {
          const ip = machineIp(r, g, i);
          out.set(node.name, ip ? { kind: "machine", ip } : { kind: "dynamic" });
        } else if (g.kind === "kubernetes" && !dialledFromElsewhere(node.role, consensus)) {
          out.set(node.name, { kind: "cluster" });
        } else if (g.kind === "kubernetes") {
          const ip = staticIp(r.infra.loadBalancers, balancers++);
          if (!ip) {
            throw new ExportError(`region ${r.region.id}: ${balancers} Kubernetes validators and bootnodes need a load-balancer address each, more than ${r.infra.loadBalancers} holds; give the region a shorter subnet prefix (larger subnets)`);
          }
          out.set(node.name, { kind: "load-balancer", ip });
        } else out.set(node.name, { kind: "dynamic" });
      });
    }
  }
  return out;
}
