// How the proposed regions reach each other: a full mesh for small sets, else hub-spoke through the
// primary with a second hub, so that losing either hub (or any one link) never cuts the others apart.

import { bridgeLinks, buildRegionGraph, classifyFromCatalog } from "../consensus";
import { freshId } from "../ids";
import type { Link, LinkKind, NetworkSettings, Region, TopologyDocument } from "../schema";

/** A full mesh of n regions takes n(n-1)/2 links; above this, hub-spoke. */
export const MESH_MAX_REGIONS = 5;

export interface Connectivity {
  topology: NetworkSettings["topology"];
  hubRegionId?: string;
  links: Link[];
}

/** Cloud peering within a provider; across providers peering can't exist, so a site-to-site VPN. */
function kindBetween(a: Region, b: Region): LinkKind {
  return a.provider === b.provider ? "peering" : "vpn";
}

export function planConnectivity(regions: readonly Region[], taken: Set<string>): Connectivity {
  if (regions.length < 2) return { topology: "flat", links: [] };
  const links: Link[] = [];
  const join = (a: Region, b: Region) => links.push({ id: freshId(`${a.id}-${b.id}`, taken), from: a.id, to: b.id, kind: kindBetween(a, b) });

  if (regions.length <= MESH_MAX_REGIONS) {
    regions.forEach((a, i) => regions.slice(i + 1).forEach((b) => join(a, b)));
    return { topology: "mesh", links };
  }
  const [hub, ...rest] = regions as [Region, ...Region[]];
  // The second hub sits on another cloud when there is one, so a whole cloud's loss leaves a hub.
  const second = rest.find((r) => r.provider !== hub.provider) ?? rest[0]!;
  for (const r of rest) join(r, hub);
  for (const r of rest) if (r !== second) join(r, second);
  return { topology: "hub-spoke", hubRegionId: hub.id, links };
}

/** A second link, of the other kind, beside every link whose loss alone would split the regions. */
export function backupLinks(doc: TopologyDocument, taken: Set<string>): Link[] {
  const graph = buildRegionGraph(doc, classifyFromCatalog);
  const bridges = bridgeLinks(graph);
  return doc.links.flatMap((l, i) =>
    bridges.has(i)
      ? [{ id: freshId(`${l.id}-backup`, taken), from: l.from, to: l.to, kind: l.kind === "vpn" ? "interconnect" : "vpn" } satisfies Link]
      : [],
  );
}
