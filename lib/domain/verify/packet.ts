// Can a devp2p packet go from one node to the address another node is dialled at, and its answer come
// back? Forward: the source subnet's best route (longest prefix) to the address, one hop into a peered
// network or through a VPN whose two ends name each other, and arrival in the network that holds the
// address. Then the destination's rules for the port. Then the answer's route back to the source's range.

import { parseIp, type Ipv4Range } from "../net/ipv4";
import type { Endpoint } from "./endpoints";
import type { Network, Protocol, Route, Subnet, TunnelEnd, Verdict } from "./network-types";
import type { NetworkFacts } from "./read-network";
import { inboundVerdict } from "./security";

export interface Leg {
  readonly ok: boolean;
  /** What carried it, or what stopped it. */
  readonly detail: string;
}

function covers(route: Route, target: Ipv4Range): boolean {
  return target.start >= route.prefix.start && target.end <= route.prefix.end;
}

/** The VPN end that `end` names as its peer, if that end names `end` back. */
export function otherEnd(facts: NetworkFacts, end: TunnelEnd): TunnelEnd | string {
  if (!end.peer) return `${end.id} names no peer gateway`;
  const candidates = facts.tunnelEnds.filter((e) => e.own === end.peer);
  if (candidates.length === 0) return `${end.id} dials ${end.peer}, which terminates no VPN in the bundle`;
  const mutual = candidates.find((e) => e.peer === end.own);
  if (!mutual) return `${end.id} dials ${end.peer}, but the VPN there dials ${candidates[0]!.peer ?? "nothing"} instead of ${end.own}`;
  if (mutual.sharedKey !== end.sharedKey) return `${end.id} and ${mutual.id} use different pre-shared keys`;
  return mutual;
}

const legs = new WeakMap<NetworkFacts, Map<string, Leg>>();

/** Where a packet from `subnet` (instances with `tags`) to `target` goes, and whether it lands in `into`. Memoised per bundle. */
export function route(facts: NetworkFacts, subnet: Subnet, tags: readonly string[], target: Ipv4Range, into: Network): Leg {
  let cache = legs.get(facts);
  if (!cache) legs.set(facts, (cache = new Map()));
  const key = `${subnet.id}|${tags.join(",")}|${target.start}/${target.prefix}|${into.id}`;
  let leg = cache.get(key);
  if (!leg) {
    leg = findRoute(facts, subnet, tags, target, into);
    cache.set(key, leg);
  }
  return leg;
}

function findRoute(facts: NetworkFacts, subnet: Subnet, tags: readonly string[], target: Ipv4Range, into: Network): Leg {
  const routes = facts.routesFrom(subnet, tags).filter((r) => covers(r, target));
  if (routes.length === 0) {
    const hints = facts.notes.filter((n) => n.includes(subnet.network.id) || n.includes(into.id));
    return { ok: false, detail: `no route to ${describe(target)} (in ${into.id}) in ${facts.routingOf(subnet)}${hints.length > 0 ? `; ${hints[0]}` : ""}` };
  }
  const best = routes.reduce((a, b) => (b.prefix.prefix > a.prefix.prefix ? b : a));
  const hop = best.hop;
  if (hop.kind === "local") {
    return best.resource === into.id ? { ok: true, detail: `inside ${into.id}` } : { ok: false, detail: `${describe(target)} is inside ${subnet.network.id}, not in ${into.id}` };
  }
  if (hop.kind === "peer") {
    return hop.network === into
      ? { ok: true, detail: `${best.resource}` }
      : { ok: false, detail: `${best.resource} leads to ${hop.network.id}, not to ${into.id}` };
  }
  const far = otherEnd(facts, hop.end);
  if (typeof far === "string") return { ok: false, detail: far };
  if (!far.networks.includes(into)) return { ok: false, detail: `${hop.end.id} delivers to ${far.networks.map((n) => n.id).join(", ") || "no network"}, not to ${into.id}` };
  return { ok: true, detail: `${best.resource} -> VPN ${hop.end.id} <-> ${far.id}` };
}

function describe(range: Ipv4Range): string {
  const { start, prefix } = range;
  const ip = [24, 16, 8, 0].map((s) => Math.floor(start / 2 ** s) % 256).join(".");
  return prefix === 32 ? ip : `${ip}/${prefix}`;
}

export interface PacketResult {
  readonly ok: boolean;
  readonly path: readonly string[];
  /** The first thing that stopped it. */
  readonly blame?: string;
}

/** A packet from `from` to `to`'s dialled address on `port`/`protocol`, from every subnet `from` may run in. */
export function packet(facts: NetworkFacts, from: Endpoint, to: Endpoint, protocol: Protocol, port: number): PacketResult {
  if (!to.address) return { ok: false, path: [], blame: `${to.node} has no fixed address other nodes can dial` };
  if (from.subnets.length === 0) return { ok: false, path: [], blame: `${from.node}: where it runs is not in the bundle` };
  const ip = parseIp(to.address.ip)!;
  const target: Ipv4Range = { address: ip, prefix: 32, start: ip, end: ip };
  const path: string[] = [];
  for (let k = 0; k < from.subnets.length; k++) {
    const subnet = from.subnets[k]!;
    const source = from.sources[k] ?? from.sources[0]!;
    const forward = route(facts, subnet, from.tags, target, to.address.network);
    if (!forward.ok) return { ok: false, path, blame: forward.detail };
    path.push(forward.detail);
    const verdicts: Verdict[] = to.security.map((ctx) => inboundVerdict(facts, ctx, { range: source, tags: from.tags, securityGroups: from.securityGroups }, protocol, port));
    const refused = verdicts.find((v) => !v.allowed);
    if (refused || verdicts.length === 0) return { ok: false, path, blame: refused ? `${refused.by} refuses ${protocol}/${port} from ${describe(source)}` : `${to.node}: its rules are not in the bundle` };
    path.push(...verdicts.map((v) => `allowed by ${v.by}`));
    // The answer leaves from where the destination runs, back to the source's range.
    for (const back of to.subnets) {
      const reverse = route(facts, back, to.tags, source, subnet.network);
      if (!reverse.ok) return { ok: false, path, blame: `no way back: ${reverse.detail}` };
    }
  }
  return { ok: true, path: [...new Set(path)] };
}
