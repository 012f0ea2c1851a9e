// Where the proposal puts its node groups: validators as spread, bootnodes in two or more regions (one per
// cloud when a cloud may be lost) so no region depends only on bootnodes inside itself, RPC in the primary
// (and a second region when outages matter), and QDQ's three members spread over the first regions.

import { freshId } from "../ids";
import type { NodeGroup, Provider, Region } from "../schema";
import type { Tolerance } from "./answers";
import { deploymentFor, type Sizing } from "./sizing";
import { evenSplit } from "./spread-validators";

/** QDQ's defaults: 1 RPC node and 3 members. */
const MEMBERS = 3;

const ID_STEM = { validator: "validators", bootnode: "bootnodes", rpc: "rpc", member: "members" } as const;

interface Placement {
  regions: readonly Region[];
  validators: readonly number[];
  tolerance: Tolerance;
  sizing: Sizing;
  taken: Set<string>;
}

/** Region indices, most validators first; the earlier (primary-first) region wins a tie. */
function byWeight(p: Placement): number[] {
  return p.regions.map((_, i) => i).sort((a, b) => p.validators[b]! - p.validators[a]! || a - b);
}

export function bootnodeRegions(p: Placement): number[] {
  const ranked = byWeight(p);
  const multiCloud = new Set(p.regions.map((r) => r.provider)).size > 1;
  if (!(p.tolerance === "provider" && multiCloud)) return ranked.slice(0, 2).sort((a, b) => a - b);
  const perProvider = new Map<Provider, number>();
  for (const i of ranked) if (!perProvider.has(p.regions[i]!.provider)) perProvider.set(p.regions[i]!.provider, i);
  return [...perProvider.values()].sort((a, b) => a - b);
}

export function rpcRegions(p: Placement): number[] {
  if (p.tolerance === "none" || p.regions.length < 2) return [0];
  const primary = p.regions[0]!;
  const other = p.regions.findIndex((r, i) => i > 0 && r.provider !== primary.provider);
  return [0, other > 0 ? other : 1];
}

export function placeNodes(p: Placement): NodeGroup[] {
  const group = (role: keyof typeof ID_STEM, i: number, count: number, name?: string): NodeGroup => {
    const region = p.regions[i]!;
    const base = {
      id: freshId(`${ID_STEM[role]}-${region.id}`, p.taken),
      regionId: region.id, count, ...deploymentFor(p.sizing, region.provider, role),
      storage: { type: "standard" as const, sizeGB: 256 },
      ...(name ? { name } : {}),
    };
    if (role === "rpc") return { ...base, role, rpcType: "standard", capabilities: ["eth", "web3", "net"], exposure: "private", authenticated: true };
    if (role === "member") return { ...base, role, memberType: "permissioned" };
    return { ...base, role };
  };
  const groups: NodeGroup[] = [];
  p.validators.forEach((count, i) => count > 0 && groups.push(group("validator", i, count)));
  for (const i of bootnodeRegions(p)) groups.push(group("bootnode", i, 1));
  for (const i of rpcRegions(p)) groups.push(group("rpc", i, 1, "api"));
  evenSplit(MEMBERS, Math.min(MEMBERS, p.regions.length)).forEach((count, i) => groups.push(group("member", i, count)));
  return groups;
}
