// Which regions' nodes can reach each other. The model (the failure-domain verdicts and the network rules
// both rest on it, so it lives in one place):
//
// 1. A region belongs to a sovereign cloud: every commercial region of every provider is in "commercial";
//    a gov, dod or china region is in its provider's own cloud of that classification ("azure:gov").
//    Nothing crosses a sovereign-cloud boundary: no implied peering and no declared link (such links are
//    reported by `network.sovereign-boundary` and ignored here).
// 2. Declared links always connect their two regions.
// 3. Implied connectivity depends on `network.topology`:
//    - flat and mesh: regions of the same provider and the same sovereign cloud reach each other over the
//      provider's backbone (peering is implied); different providers reach each other only through links.
//    - hub-spoke: each region of the hub's provider and sovereign cloud is peered with the hub only; other
//      pairs need a declared link. Without a hub the document is treated as flat (the missing hub is
//      reported on its own, not as a cascade of unreachable regions).
// 4. Reachability is transitive through any surviving region: a hub forwards traffic by design, and
//    elsewhere Ethereum nodes relay consensus messages over devp2p.

import type { Classification, Provider, TopologyDocument } from "../schema";

export type ClassifyRegion = (provider: Provider, providerRegion: string) => Classification | undefined;

/** "commercial" for every commercial region; "<provider>:<classification>" for a sovereign cloud. */
export function sovereignCloudOf(provider: Provider, classification: Classification | undefined): string {
  const c = classification ?? "commercial";
  return c === "commercial" ? "commercial" : `${provider}:${c}`;
}

export interface GraphLink {
  /** Index in `doc.links`. */
  linkIndex: number;
  id: string;
  a: number;
  b: number;
}

/** The regions as a graph, by index in `doc.regions`. Built once per document; O(regions + links). */
export interface RegionGraph {
  regionCount: number;
  /** Sovereign cloud of each region (see `sovereignCloudOf`). */
  cloudOf: readonly string[];
  /** Groups of regions that all reach each other without links (flat/mesh backbone). */
  cliques: readonly (readonly number[])[];
  /** Hub-spoke: the hub and the regions peered with it. */
  hub: number | undefined;
  spokes: readonly number[];
  /** Declared links that can carry traffic (both ends known, same sovereign cloud). */
  links: readonly GraphLink[];
}

export function buildRegionGraph(doc: TopologyDocument, classify: ClassifyRegion): RegionGraph {
  const index = new Map<string, number>();
  doc.regions.forEach((r, i) => index.set(r.id, i));
  const cloudOf = doc.regions.map((r) => sovereignCloudOf(r.provider, classify(r.provider, r.region)));
  const hub = doc.network.topology === "hub-spoke" && doc.network.hubRegionId !== undefined
    ? index.get(doc.network.hubRegionId)
    : undefined;

  const cliques: number[][] = [];
  const spokes: number[] = [];
  if (hub === undefined) {
    const byBackbone = new Map<string, number[]>();
    doc.regions.forEach((r, i) => {
      const key = `${r.provider}|${cloudOf[i]}`;
      const members = byBackbone.get(key);
      if (members) members.push(i);
      else byBackbone.set(key, [i]);
    });
    for (const members of byBackbone.values()) if (members.length > 1) cliques.push(members);
  } else {
    const hubRegion = doc.regions[hub]!;
    doc.regions.forEach((r, i) => {
      if (i !== hub && r.provider === hubRegion.provider && cloudOf[i] === cloudOf[hub]) spokes.push(i);
    });
  }

  const links: GraphLink[] = [];
  doc.links.forEach((l, linkIndex) => {
    const a = index.get(l.from);
    const b = index.get(l.to);
    if (a === undefined || b === undefined || a === b || cloudOf[a] !== cloudOf[b]) return;
    links.push({ linkIndex, id: l.id, a, b });
  });
  return { regionCount: doc.regions.length, cloudOf, cliques, hub, spokes, links };
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

function union(parent: Int32Array, a: number, b: number): void {
  const ra = find(parent, a);
  const rb = find(parent, b);
  if (ra !== rb) parent[ra] = rb;
}

/**
 * Connected components among the surviving regions. Returns each region's component id (a region index),
 * or -1 for a lost region. O(regions + links) per call.
 */
export function regionComponents(
  graph: RegionGraph,
  lost: Uint8Array | undefined,
  skipLinkIndex = -1,
): Int32Array {
  const n = graph.regionCount;
  const alive = (i: number) => lost === undefined || lost[i] === 0;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  for (const clique of graph.cliques) {
    let anchor = -1;
    for (const i of clique) {
      if (!alive(i)) continue;
      if (anchor < 0) anchor = i;
      else union(parent, i, anchor);
    }
  }
  if (graph.hub !== undefined && alive(graph.hub)) {
    for (const s of graph.spokes) if (alive(s)) union(parent, s, graph.hub);
  }
  for (const l of graph.links) {
    if (l.linkIndex !== skipLinkIndex && alive(l.a) && alive(l.b)) union(parent, l.a, l.b);
  }
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = alive(i) ? find(parent, i) : -1;
  return out;
}

/**
 * Declared links whose loss alone splits the region graph (bridges), by index in `doc.links`. Only these
 * can partition the network, so only these are worth analysing as failure domains. Implied connectivity is
 * modelled as a star around a virtual node per clique, which preserves connectivity and is never a bridge
 * we report. Iterative Tarjan, O(regions + links).
 */
export function bridgeLinks(graph: RegionGraph): Set<number> {
  const n = graph.regionCount + graph.cliques.length;
  // Edge list: [u, v, linkIndex or -1 for implied edges]
  const edges: [number, number, number][] = [];
  graph.cliques.forEach((clique, c) => {
    for (const i of clique) edges.push([graph.regionCount + c, i, -1]);
  });
  if (graph.hub !== undefined) for (const s of graph.spokes) edges.push([graph.hub, s, -1]);
  for (const l of graph.links) edges.push([l.a, l.b, l.linkIndex]);

  const adjacency: number[][] = Array.from({ length: n }, () => []);
  edges.forEach(([u, v], e) => {
    adjacency[u]!.push(e);
    adjacency[v]!.push(e);
  });

  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const bridges = new Set<number>();
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root]! >= 0) continue;
    // Stack frames: vertex, edge used to enter it, next adjacency position.
    const stack: { v: number; viaEdge: number; next: number }[] = [{ v: root, viaEdge: -1, next: 0 }];
    disc[root] = low[root] = time++;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const adj = adjacency[frame.v]!;
      if (frame.next < adj.length) {
        const e = adj[frame.next++]!;
        if (e === frame.viaEdge) continue;
        const [u, w] = edges[e]!;
        const to = u === frame.v ? w : u;
        if (disc[to]! < 0) {
          disc[to] = low[to] = time++;
          stack.push({ v: to, viaEdge: e, next: 0 });
        } else {
          low[frame.v] = Math.min(low[frame.v]!, disc[to]!);
        }
      } else {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) {
          low[parent.v] = Math.min(low[parent.v]!, low[frame.v]!);
          if (low[frame.v]! > disc[parent.v]!) {
            const linkIndex = edges[frame.viaEdge]![2];
            if (linkIndex >= 0) bridges.add(linkIndex);
          }
        }
      }
    }
  }
  return bridges;
}
