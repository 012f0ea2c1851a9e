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

/** Joins b's set to a's (a's root stays the representative); whether they were apart. */
function union(parent: Int32Array, a: number, b: number): boolean {
  const ra = find(parent, a);
  const rb = find(parent, b);
  if (ra === rb) return false;
  parent[rb] = ra;
  return true;
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
  // Called once per failure domain: flags in typed arrays and loops instead of filtered copies keep it cheap.
  const n = model.regionCount;
  const up = new Uint8Array(n);
  const relay = new Uint8Array(n);
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    parent[i] = i;
    up[i] = isUp(outage, i) ? 1 : 0;
    relay[i] = up[i] && relays(i) ? 1 : 0;
  }
  const hasRelay = (regions: readonly number[]) => regions.some((i) => relay[i] === 1);
  /** Joins every relaying region of the lists to the first one, in order (what fixes each group's representative). */
  const joinRelays = (...lists: (readonly number[])[]) => {
    let first = -1;
    for (const list of lists) {
      for (const i of list) {
        if (relay[i] === 0) continue;
        if (first < 0) first = i;
        else union(parent, first, i);
      }
    }
  };

  const fabricUp = model.fabrics.map((f) => f.hub === undefined || up[f.hub] === 1);
  model.fabrics.forEach((f, k) => {
    if (fabricUp[k]) joinRelays(f.regions);
  });
  const links = model.directLinks.filter((d) => d.id !== outage.link && up[d.a] === 1 && up[d.b] === 1);
  for (const d of links) if (relay[d.a] && relay[d.b]) union(parent, d.a, d.b);
  const crossings = model.crossings.filter((c) => c.id !== outage.link && up[c.gateways[0]] === 1 && up[c.gateways[1]] === 1);
  for (const c of crossings) if (hasRelay(c.sides[0]) && hasRelay(c.sides[1])) joinRelays(c.sides[0], c.sides[1]);

  const out = new Int32Array(n).fill(-1);
  const groupWeight = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (relay[i] === 0) continue;
    const root = find(parent, i);
    out[i] = root;
    groupWeight[root] = groupWeight[root]! + weight(i);
  }
  // Regions that do not relay: attach each to the heaviest relaying group it reaches directly. Each collects
  // the groups it reaches in the order it meets them (ties go to the first), so a region that does not relay
  // takes the groups of every relaying region across a fabric or a crossing in their order: O(regions), not
  // O(regions^2) per fabric.
  const reachedGroups = new Map<number, number[]>();
  const reachAll = (from: readonly number[], groups: readonly number[]) => {
    if (groups.length === 0) return;
    for (const i of from) {
      if (relay[i] === 1 || up[i] === 0) continue;
      let reached = reachedGroups.get(i);
      if (!reached) reachedGroups.set(i, (reached = []));
      for (const g of groups) if (!reached.includes(g)) reached.push(g);
    }
  };
  const groupsOf = (regions: readonly number[]) => {
    const groups: number[] = [];
    for (const j of regions) if (relay[j] === 1 && !groups.includes(out[j]!)) groups.push(out[j]!);
    return groups;
  };
  model.fabrics.forEach((f, k) => {
    if (fabricUp[k]) reachAll(f.regions, groupsOf(f.regions));
  });
  for (const d of links) {
    reachAll([d.a], groupsOf([d.b]));
    reachAll([d.b], groupsOf([d.a]));
  }
  for (const c of crossings) {
    const [near, far] = c.sides;
    const nearGroups = groupsOf(near);
    reachAll(near, groupsOf(far));
    reachAll(far, nearGroups);
  }
  for (const [region, groups] of reachedGroups) {
    let best = -1;
    for (const g of groups) if (best < 0 || groupWeight[g]! > groupWeight[best]!) best = g;
    out[region] = best;
  }
  return out;
}

/**
 * Ids of the crossings and direct links that join relaying regions nothing before them had joined, taking
 * fabrics, then direct links, then crossings in order, as `relayGroups` does. Losing any other link leaves
 * the same groups (what it joined stays joined), and at most regions - 1 links join anything, so outage
 * analyses need only look at these. An id shared by two links is included, to be safe.
 */
export function joiningLinks(model: ConnectivityModel, relays: (region: number) => boolean): Set<string> {
  const n = model.regionCount;
  const relay = new Uint8Array(n);
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    parent[i] = i;
    relay[i] = relays(i) ? 1 : 0;
  }
  /** Joins the relaying regions of the lists to the first one; whether that merged any two groups. */
  const joinRelays = (...lists: (readonly number[])[]) => {
    let first = -1;
    let merged = false;
    for (const list of lists) {
      for (const i of list) {
        if (relay[i] === 0) continue;
        if (first < 0) first = i;
        else merged = union(parent, first, i) || merged;
      }
    }
    return merged;
  };
  const joining = new Set<string>();
  for (const f of model.fabrics) joinRelays(f.regions);
  for (const d of model.directLinks) if (relay[d.a] && relay[d.b] && union(parent, d.a, d.b)) joining.add(d.id);
  for (const c of model.crossings) {
    const both = c.sides[0].some((i) => relay[i] === 1) && c.sides[1].some((i) => relay[i] === 1);
    if (both && joinRelays(c.sides[0], c.sides[1])) joining.add(c.id);
  }
  const seen = new Set<string>();
  for (const { id } of [...model.directLinks, ...model.crossings]) {
    if (seen.has(id)) joining.add(id);
    seen.add(id);
  }
  return joining;
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
