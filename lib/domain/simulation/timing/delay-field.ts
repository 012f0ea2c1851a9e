// One phase's message delays: a one-way delay drawn for every ordered pair of regions with a packet path,
// and the sum over its hops for every pair that talks through a relay. All validators of a region send a
// phase's messages at the same moment over the same path, so one draw per pair and phase serves them all.
// Draws are made in a fixed order (endpoint pairs ascending) that does not depend on who proposes.
//
// The matrix `oneWayMs` is what the round loops read: [a * regions + b], ms; Infinity where a and b cannot
// exchange messages; the fixed same-region delay on the diagonal.

import { DELAY_LOG_SIGMA, oneWayDelayMs, Z_95 } from "../delay";
import type { SimulationNetwork } from "../network";
import { DIRECT, UNREACHABLE, type RegionPaths, type RelayedRoute } from "./paths";

export interface NormalSource {
  /** A standard normal draw. */
  normal(): number;
}

export class DelayField {
  readonly oneWayMs: Float64Array;
  private readonly r: number;
  /** Direct pairs (a * r + b, a != b), grouped by source region; their delay is floor + scale * exp(sigma * z). */
  private readonly pairs: Int32Array;
  private readonly floorMs: Float64Array;
  private readonly scaleMs: Float64Array;
  /** Direct pairs from source region a: pairs[fromStart[a] .. fromStart[a + 1]). */
  private readonly fromStart: Int32Array;
  /** Per target region, the positions in `pairs` of the direct pairs into it. */
  private readonly into: readonly Int32Array[];
  /** Per source region, with relays: the direct pairs its routes use, and its relayed routes (indexes into relayedPair). */
  private readonly usedFrom: readonly Int32Array[];
  private readonly relayedFrom: readonly Int32Array[];
  /** Relayed pairs, flattened: relayedPair[k]'s hops are relayedHops[hopStart[k] .. hopStart[k + 1]). */
  private readonly relayedPair: Int32Array;
  private readonly hopStart: Int32Array;
  private readonly relayedHops: Int32Array;

  constructor(network: SimulationNetwork, paths: RegionPaths) {
    const r = network.regions.length;
    this.r = r;
    this.oneWayMs = new Float64Array(r * r).fill(Infinity);
    const pairs: number[] = [];
    const fromStart = new Int32Array(r + 1);
    const into: number[][] = Array.from({ length: r }, () => []);
    for (let a = 0; a < r; a++) {
      fromStart[a] = pairs.length;
      for (const b of paths.endpoints) {
        const kind = paths.route[a * r + b]!;
        if (a === b && kind !== UNREACHABLE) this.oneWayMs[a * r + a] = network.pairDelay[a * r + a]!.p95RoundTripMs / 2;
        if (a === b || kind !== DIRECT) continue;
        into[b]!.push(pairs.length);
        pairs.push(a * r + b);
      }
    }
    fromStart[r] = pairs.length;
    this.pairs = Int32Array.from(pairs);
    this.fromStart = fromStart;
    this.into = into.map((list) => Int32Array.from(list));
    this.floorMs = new Float64Array(pairs.length);
    this.scaleMs = new Float64Array(pairs.length);
    pairs.forEach((pair, i) => {
      const delay = network.pairDelay[pair]!;
      // oneWayDelayMs(delay, z) = floor + scale * exp(sigma * z), written out for the inner loop.
      this.floorMs[i] = delay.fixed ? oneWayDelayMs(delay, 0) : delay.fibreMinimumRoundTripMs / 2;
      this.scaleMs[i] = delay.fixed ? 0 : ((delay.p95RoundTripMs - delay.fibreMinimumRoundTripMs) / 2) * Math.exp(-DELAY_LOG_SIGMA * Z_95);
    });
    this.relayedPair = Int32Array.from(paths.relayedRoutes, (route) => route.pair);
    this.hopStart = new Int32Array(paths.relayedRoutes.length + 1);
    paths.relayedRoutes.forEach((route, k) => (this.hopStart[k + 1] = this.hopStart[k]! + route.hops.length));
    this.relayedHops = Int32Array.from(paths.relayedRoutes.flatMap((route: RelayedRoute) => route.hops));
    const positionOfPair = new Map(pairs.map((pair, i) => [pair, i]));
    const used = Array.from({ length: r }, (_, a) => new Set<number>(Array.from({ length: fromStart[a + 1]! - fromStart[a]! }, (_, k) => fromStart[a]! + k)));
    const relayedFrom: number[][] = Array.from({ length: r }, () => []);
    paths.relayedRoutes.forEach((route, k) => {
      const source = Math.floor(route.pair / r);
      relayedFrom[source]!.push(k);
      for (const hop of route.hops) used[source]!.add(positionOfPair.get(hop)!);
    });
    this.usedFrom = used.map((set) => Int32Array.from([...set].sort((x, y) => x - y)));
    this.relayedFrom = relayedFrom.map((list) => Int32Array.from(list));
  }

  /** A fresh delay for every direct pair, then every relayed route's sum. */
  drawAll(random: NormalSource): void {
    const { oneWayMs, pairs, floorMs, scaleMs } = this;
    for (let i = 0; i < pairs.length; i++) oneWayMs[pairs[i]!] = floorMs[i]! + scaleMs[i]! * Math.exp(DELAY_LOG_SIGMA * random.normal());
    this.sumRelayed();
  }

  /** Fresh delays from `source` to every region: its direct pairs and the hops of its relayed routes. */
  drawFrom(source: number, random: NormalSource): void {
    if (this.relayedPair.length === 0) {
      for (let i = this.fromStart[source]!; i < this.fromStart[source + 1]!; i++) this.draw(i, random);
      return;
    }
    for (const i of this.usedFrom[source]!) this.draw(i, random);
    for (const k of this.relayedFrom[source]!) this.sumRoute(k);
  }

  /** Fresh delays into `target` (everything when some route is relayed). */
  drawTo(target: number, random: NormalSource): void {
    if (this.relayedPair.length > 0) return this.drawAll(random);
    for (const i of this.into[target]!) this.draw(i, random);
  }

  /** Set one direct hop's delay (constructed cases in tests). */
  setHopMs(a: number, b: number, ms: number): void {
    this.oneWayMs[a * this.r + b] = ms;
    this.sumRelayed();
  }

  /** Fixed one-way delay between two validators of one region, ms. */
  sameRegionMs(region: number): number {
    return this.oneWayMs[region * this.r + region]!;
  }

  /** One-way delay from region a to region b over its route, ms; Infinity when they cannot exchange messages. */
  pathMs(a: number, b: number): number {
    return this.oneWayMs[a * this.r + b]!;
  }

  private draw(i: number, random: NormalSource): void {
    this.oneWayMs[this.pairs[i]!] = this.floorMs[i]! + this.scaleMs[i]! * Math.exp(DELAY_LOG_SIGMA * random.normal());
  }

  private sumRelayed(): void {
    for (let k = 0; k < this.relayedPair.length; k++) this.sumRoute(k);
  }

  private sumRoute(k: number): void {
    const { oneWayMs, hopStart, relayedHops } = this;
    let ms = 0;
    for (let h = hopStart[k]!; h < hopStart[k + 1]!; h++) ms += oneWayMs[relayedHops[h]!]!;
    oneWayMs[this.relayedPair[k]!] = ms;
  }
}
