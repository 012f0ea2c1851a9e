// What the bundle verifier reads out of the Terraform: networks, subnets, where each subnet's packets can
// go (routes), the VPN tunnel ends and whether they pair up, who may come in (security), and the private
// DNS zones each network resolves. Nothing here comes from the connectivity model that wrote the bundle.

import type { Ipv4Range } from "../net/ipv4";
import type { TfBlock } from "./terraform-inventory";

export type Cloud = "azure" | "aws" | "gcp";
export type Protocol = "tcp" | "udp";

export interface Network {
  /** The block's address: what a report names. */
  readonly id: string;
  readonly cloud: Cloud;
  readonly block: TfBlock;
  readonly prefixes: readonly Ipv4Range[];
}

export interface Subnet {
  readonly id: string;
  readonly block: TfBlock;
  readonly network: Network;
  /** Primary range, then secondary ranges (GKE pods). */
  readonly ranges: readonly Ipv4Range[];
  /** The name attribute as written (templates kept). */
  readonly name: string;
}

export type NextHop =
  | { readonly kind: "local" }
  | { readonly kind: "peer"; readonly network: Network }
  | { readonly kind: "tunnel"; readonly end: TunnelEnd };

export interface Route {
  readonly prefix: Ipv4Range;
  readonly hop: NextHop;
  /** The resource that makes this route (a peering, a route, a local network gateway...). */
  readonly resource: string;
}

/** One side of a site-to-site VPN. */
export interface TunnelEnd {
  readonly id: string;
  /** Networks that traffic arriving through this end can be delivered to. */
  readonly networks: readonly Network[];
  /** The address of this side's gateway, as other resources refer to it (a block address). */
  readonly own: string;
  /** The gateway address this side dials, as a block address; undefined when it names none. */
  readonly peer: string | undefined;
  /** The pre-shared key expression. */
  readonly sharedKey: string | undefined;
}

/** Whether a source may send to a destination host on a port, and the rule that decided. */
export interface Verdict {
  readonly allowed: boolean;
  /** The rule or resource that allowed or refused it. */
  readonly by: string;
}

export interface DnsZone {
  readonly name: string;
  readonly resource: string;
  /** Relative record name -> address. */
  readonly records: ReadonlyMap<string, string>;
  readonly networks: readonly Network[];
}

export interface SecurityContext {
  readonly cloud: Cloud;
  /** Azure: the subnet whose NSG applies. */
  readonly subnet?: Subnet;
  /** AWS: security groups. */
  readonly securityGroups?: readonly TfBlock[];
  /** Google Cloud: the network and the instance's network tags. */
  readonly network?: Network;
  readonly tags?: readonly string[];
}
