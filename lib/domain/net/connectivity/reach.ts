// Questions asked of the connectivity model, with some regions or one link down:
// - can a packet go from one region to another (`directlyConnected`);
// - which regions' nodes can still exchange messages when some regions relay for others (`relayGroups`).
//   BFT validators gossip each other's consensus messages to the validators they are connected to, and
//   every full node passes blocks on, so messages cross a third region only when nodes there relay them.

import type { ConnectivityModel } from "./model";

/** What is down: lost regions (1 per region index) and at most one crossing or direct link, by id. */
export interface Outage {
  readonly lost?: Uint8Array;
  readonly link?: string;
}

const NONE: Outage = {};

function isUp(outage: Outage, region: number): boolean {
  return outage.lost === undefined || outage.lost[region] === 0;
}

/** Whether a packet path joins regions a and b, both up. */
export function directlyConnected(model: ConnectivityModel, a: number, b: number, outage: Outage = NONE): boolean {
  if (!isUp(outage, a) || !isUp(outage, b)) return false;
  if (a === b) return true;
  const fa = model.fabricOf[a]!;
  if (fa === model.fabricOf[b]) {
    const f = model.fabrics[fa]!;
    if (f.hub === undefined || isUp(outage, f.hub)) return true;
    return model.directLinks.some((d) => d.id !== outage.link && ((d.a === a && d.b === b) || (d.a === b && d.b === a)));
  }
  return model.crossings.some((c) =>
    c.id !== outage.link && isUp(outage, c.gateways[0]) && isUp(outage, c.gateways[1])
    && ((c.sides[0].includes(a) && c.sides[1].includes(b)) || (c.sides[0].includes(b) && c.sides[1].includes(a))));
}

/** Regions with a packet path to `region` when nothing is down (itself included), in index order. */
export function peersOf(model: ConnectivityModel, region: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < model.regionCount; i++) if (directlyConnected(model, region, i)) out.push(i);
  return out;
}

function find(parent: Int32Array, i: number): number {
  let root = i;
  while (parent[root]! !== root) root = parent[root]!;
  while (parent[i]! !== root) {
    const next = parent[i]!;
    parent[i] = root;
    i = next;
  }
  return root;
}

function unionAll(parent: Int32Array, members: readonly number[]): void {
  for (let k = 1; k < members.length; k++) {
    const ra = find(parent, members[0]!);
    const rb = find(parent, members[k]!);
    if (ra !== rb) parent[rb] = ra;
  }
}

/**
 * Groups of regions whose nodes can exchange messages when only regions where `relays` holds pass messages
 * on. Each region gets its group's representative (a region index), or -1 when it is down or reaches no
 * relaying region. A region that does not relay joins the heaviest group it reaches (by `weight`), since it
 * cannot join two. O(regions + links) with union-find.
 */
export function relayGroups(
  model: ConnectivityModel,
  relays: (region: number) => boolean,
  outage: Outage = NONE,
  weight: (region: number) => number = () => 1,
): Int32Array {
  const n = model.regionCount;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const relay = (i: number) => isUp(outage, i) && relays(i);

  const fabricUp = model.fabrics.map((f) => f.hub === undefined || isUp(outage, f.hub));
  model.fabrics.forEach((f, k) => {
    if (fabricUp[k]) unionAll(parent, f.regions.filter(relay));
  });
  const links = model.directLinks.filter((d) => d.id !== outage.link && isUp(outage, d.a) && isUp(outage, d.b));
  for (const d of links) if (relay(d.a) && relay(d.b)) unionAll(parent, [d.a, d.b]);
  const crossings = model.crossings.filter((c) => c.id !== outage.link && isUp(outage, c.gateways[0]) && isUp(outage, c.gateways[1]));
  for (const c of crossings) {
    const a = c.sides[0].filter(relay);
    const b = c.sides[1].filter(relay);
    if (a.length > 0 && b.length > 0) unionAll(parent, [...a, ...b]);
  }

  const out = new Int32Array(n).fill(-1);
  const groupWeight = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (!relay(i)) continue;
    const root = find(parent, i);
    out[i] = root;
    groupWeight.set(root, (groupWeight.get(root) ?? 0) + weight(i));
  }
  // Regions that do not relay: attach each to the heaviest relaying group it reaches directly.
  const reachedGroups = new Map<number, Set<number>>();
  const reach = (from: number, to: number) => {
    if (!relay(to) || relay(from) || !isUp(outage, from)) return;
    const set = reachedGroups.get(from) ?? new Set<number>();
    set.add(out[to]!);
    reachedGroups.set(from, set);
  };
  model.fabrics.forEach((f, k) => {
    if (!fabricUp[k]) return;
    for (const i of f.regions) for (const j of f.regions) reach(i, j);
  });
  for (const d of links) {
    reach(d.a, d.b);
    reach(d.b, d.a);
  }
  for (const c of crossings) {
    for (const i of c.sides[0]) for (const j of c.sides[1]) {
      reach(i, j);
      reach(j, i);
    }
  }
  for (const [region, groups] of reachedGroups) {
    let best = -1;
    for (const g of groups) if (best < 0 || (groupWeight.get(g) ?? 0) > (groupWeight.get(best) ?? 0)) best = g;
    out[region] = best;
  }
  return out;
}

/**
 * The most relaying-region weight one region can reach without any relay: for Raft, whose leader must talk
 * to a majority directly. O(relaying regions^2).
 */
export function largestDirectReach(
  model: ConnectivityModel,
  relays: (region: number) => boolean,
  weight: (region: number) => number,
  outage: Outage = NONE,
): number {
  const members: number[] = [];
  for (let i = 0; i < model.regionCount; i++) if (isUp(outage, i) && relays(i)) members.push(i);
  let best = 0;
  for (const a of members) {
    let sum = 0;
    for (const b of members) if (directlyConnected(model, a, b, outage)) sum += weight(b);
    best = Math.max(best, sum);
  }
  return best;
}
