// Which regions' validators can exchange messages, and over which hops, as the connectivity model answers it
// (net/connectivity: one opinion about the network). A pair with a packet path talks directly. BFT and
// Clique validators gossip each other's messages on, so a pair without one still talks through regions
// holding validators that reach both (the relay groups of `validatorGroups`); the route taken is the one with
// the smallest sum of P95 round trips. Raft's leader needs direct paths: no relays.

import { directlyConnected, type Outage } from "../../net/connectivity";
import type { SimulationNetwork } from "../network";

export const UNREACHABLE = -1;
export const SAME_REGION = 0;
export const DIRECT = 1;
export const RELAYED = 2;

export interface RelayedRoute {
  readonly pair: number;
  readonly hops: readonly number[];
}

export interface RegionPaths {
  readonly regionCount: number;
  /** Regions whose validators take part (hold validators that are up), ascending. */
  readonly endpoints: readonly number[];
  /** Per ordered pair a * regionCount + b: UNREACHABLE, SAME_REGION, DIRECT, or RELAYED. */
  readonly route: Int32Array;
  /** Each relayed pair with the ordered pairs (a * regionCount + b) of its hops. */
  readonly relayedRoutes: readonly RelayedRoute[];
}

/** O(endpoints^2) connectivity questions, plus O(endpoints^3) when some pair needs a relay. */
export function buildRegionPaths(network: SimulationNetwork, endpoints: readonly number[], outage: Outage, allowRelay: boolean): RegionPaths {
  const r = network.regions.length;
  const route = new Int32Array(r * r).fill(UNREACHABLE);
  const e = endpoints.length;
  let missing = false;
  for (let x = 0; x < e; x++) {
    const a = endpoints[x]!;
    route[a * r + a] = SAME_REGION;
    for (let y = x + 1; y < e; y++) {
      const b = endpoints[y]!;
      if (directlyConnected(network.connectivity, a, b, outage)) {
        route[a * r + b] = DIRECT;
        route[b * r + a] = DIRECT;
      } else missing = true;
    }
  }
  const relayedRoutes: RelayedRoute[] = [];
  if (!missing || !allowRelay) return { regionCount: r, endpoints, route, relayedRoutes };

  // Floyd-Warshall over the endpoints, weighted by P95 round trip; next[x][y] is the first hop from x to y.
  const dist = new Float64Array(e * e).fill(Infinity);
  const next = new Int32Array(e * e).fill(-1);
  for (let x = 0; x < e; x++) {
    for (let y = 0; y < e; y++) {
      const kind = route[endpoints[x]! * r + endpoints[y]!]!;
      if (x === y) {
        dist[x * e + y] = 0;
        next[x * e + y] = y;
      } else if (kind === DIRECT) {
        dist[x * e + y] = network.rttP95Ms[endpoints[x]! * r + endpoints[y]!]!;
        next[x * e + y] = y;
      }
    }
  }
  for (let k = 0; k < e; k++) {
    for (let x = 0; x < e; x++) {
      const viaK = dist[x * e + k]!;
      if (viaK === Infinity) continue;
      for (let y = 0; y < e; y++) {
        const d = viaK + dist[k * e + y]!;
        if (d < dist[x * e + y]!) {
          dist[x * e + y] = d;
          next[x * e + y] = next[x * e + k]!;
        }
      }
    }
  }
  for (let x = 0; x < e; x++) {
    for (let y = 0; y < e; y++) {
      const pair = endpoints[x]! * r + endpoints[y]!;
      if (route[pair] !== UNREACHABLE || dist[x * e + y] === Infinity) continue;
      const hops: number[] = [];
      for (let at = x; at !== y; ) {
        const step = next[at * e + y]!;
        hops.push(endpoints[at]! * r + endpoints[step]!);
        at = step;
      }
      route[pair] = RELAYED;
      relayedRoutes.push({ pair, hops });
    }
  }
  return { regionCount: r, endpoints, route, relayedRoutes };
}
