// How the proposed regions reach each other. Each cloud joins its own regions (VNet or VPC peering, or one
// global VPC: see net/connectivity), so links are only needed between clouds: two VPNs between each pair of
// clouds, ending in different regions that hold validators where possible, so that losing one region or
// one VPN never cuts a cloud off (validators at both ends relay consensus messages for their cloud).

import { freshId } from "../ids";
import type { Link, NetworkSettings, Region } from "../schema";

export interface Connectivity {
  topology: NetworkSettings["topology"];
  hubRegionId?: string;
  links: Link[];
}

/** VPNs between clouds per pair of clouds: two survive the loss of either one. */
export const LINKS_PER_CLOUD_PAIR = 2;

/**
 * `validators[i]` is how many validators `regions[i]` holds; `cloudOf[i]` its sovereign cloud. Raft gets a
 * VPN between every two validator regions on different clouds: its leader must reach a majority directly.
 */
export function planConnectivity(regions: readonly Region[], validators: readonly number[], cloudOf: readonly string[], taken: Set<string>, raft = false): Connectivity {
  const byProvider = new Map<string, number[]>();
  regions.forEach((r, i) => {
    const key = `${r.provider}|${cloudOf[i]}`;
    byProvider.set(key, [...(byProvider.get(key) ?? []), i]);
  });
  // Link ends: regions with the most validators first, then in the order given (the primary first).
  const ends = [...byProvider.entries()].map(([key, members]) => ({
    cloud: key.split("|")[1]!,
    members: [...members].sort((a, b) => validators[b]! - validators[a]! || a - b),
  }));
  const links: Link[] = [];
  for (let x = 0; x < ends.length; x++) {
    for (let y = x + 1; y < ends.length; y++) {
      const a = ends[x]!;
      const b = ends[y]!;
      if (a.cloud !== b.cloud) continue; // sovereign clouds are never linked
      const pairs: [number, number][] = [];
      if (raft) {
        for (const i of a.members) for (const j of b.members) if (validators[i]! > 0 && validators[j]! > 0) pairs.push([i, j]);
      }
      if (pairs.length === 0) {
        const count = Math.min(LINKS_PER_CLOUD_PAIR, Math.max(a.members.length, b.members.length));
        for (let k = 0; k < count; k++) pairs.push([a.members[k % a.members.length]!, b.members[k % b.members.length]!]);
      }
      for (const [i, j] of pairs) {
        const from = regions[i]!;
        const to = regions[j]!;
        if (links.some((l) => l.from === from.id && l.to === to.id)) continue;
        links.push({ id: freshId(`${from.id}-${to.id}`, taken), from: from.id, to: to.id, kind: "vpn" });
      }
    }
  }
  return { topology: "mesh", links };
}
