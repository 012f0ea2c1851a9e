// The private DNS zone's records: one A record per node with a stable p2p address, in every cloud's copy of
// the zone. Each cloud holds the whole zone, so a name resolves inside every network without a resolver
// endpoint or forwarding across the VPNs (the addresses are fixed at plan time, so the copies never drift).

import type { P2pAddress } from "../node-addresses";
import type { NetworkPlan } from "./plan";

export interface DnsRecord {
  /** The node's name: the record's relative name in the zone. */
  readonly name: string;
  readonly ip: string;
}

export const DNS_TTL_SECONDS = 300;

export function dnsRecords(plan: NetworkPlan, addresses: ReadonlyMap<string, P2pAddress>): DnsRecord[] {
  const out: DnsRecord[] = [];
  for (const r of plan.regions) {
    for (const g of r.groups) {
      for (const n of g.nodes) {
        const a = addresses.get(n.name);
        if (a && (a.kind === "machine" || a.kind === "load-balancer")) out.push({ name: n.name, ip: a.ip });
      }
    }
  }
  return out;
}
