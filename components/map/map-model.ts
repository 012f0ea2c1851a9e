// What the map shows of a topology document, independent of screen size: regions with their catalog
// coordinates and node counts, declared links with their round-trip time. Pure; memoised by the map on
// the document's regions, node groups and links, so a selection change never recomputes it.

import { getRegion, type RegionInfo } from "@/lib/domain/catalog";
import { type Provider } from "@/lib/domain/region-key";
import { rtt } from "@/lib/domain/latency";
import { NODE_ROLES, NODE_ROLE_LABELS, PROVIDER_LABELS, type NodeRole, type TopologyDocument } from "@/lib/domain/schema";
import { formatMs, type LonLat } from "./map-geometry";

export interface MapRegion {
  id: string;
  provider: Provider;
  /** The provider's own region id ("westeurope"). */
  region: string;
  info: RegionInfo;
  lonLat: LonLat;
  primary: boolean;
  nodesByRole: Partial<Record<NodeRole, number>>;
  nodeCount: number;
  /** What the pin's label says when there is room: the catalog's display name. */
  label: string;
}

export interface MapLink {
  id: string;
  from: MapRegion;
  to: MapRegion;
  kind: TopologyDocument["links"][number]["kind"];
  rttMs: number;
  source: "measured" | "estimated";
}

export interface MapModel {
  regions: MapRegion[];
  regionsById: ReadonlyMap<string, MapRegion>;
  links: MapLink[];
  /** Document regions the catalog doesn't know (no coordinates), listed under the map. */
  unplaced: TopologyDocument["regions"];
  /** Links not drawn because an end is unplaced or missing. */
  undrawnLinkCount: number;
}

export function buildMapModel(
  regions: TopologyDocument["regions"],
  nodeGroups: TopologyDocument["nodeGroups"],
  links: TopologyDocument["links"],
): MapModel {
  const counts = new Map<string, Partial<Record<NodeRole, number>>>();
  for (const g of nodeGroups) {
    const byRole = counts.get(g.regionId) ?? {};
    byRole[g.role] = (byRole[g.role] ?? 0) + g.count;
    counts.set(g.regionId, byRole);
  }

  const placed: MapRegion[] = [];
  const unplaced: TopologyDocument["regions"] = [];
  for (const r of regions) {
    const info = getRegion(r.provider, r.region);
    if (!info) {
      unplaced.push(r);
      continue;
    }
    const nodesByRole = counts.get(r.id) ?? {};
    const nodeCount = Object.values(nodesByRole).reduce((a, b) => a + (b ?? 0), 0);
    placed.push({
      id: r.id,
      provider: r.provider,
      region: r.region,
      info,
      lonLat: [info.lon, info.lat],
      primary: r.primary,
      nodesByRole,
      nodeCount,
      label: info.displayName || r.id,
    });
  }
  const regionsById = new Map(placed.map((r) => [r.id, r]));

  const mapLinks: MapLink[] = [];
  let undrawnLinkCount = 0;
  for (const l of links) {
    const from = regionsById.get(l.from);
    const to = regionsById.get(l.to);
    if (!from || !to || from === to) {
      undrawnLinkCount++;
      continue;
    }
    const { rttMs, source } = rtt({ provider: from.provider, id: from.region }, { provider: to.provider, id: to.region });
    mapLinks.push({ id: l.id, from, to, kind: l.kind, rttMs, source });
  }

  return { regions: placed, regionsById, links: mapLinks, unplaced, undrawnLinkCount };
}

/** "12 nodes: 4 validators, 1 bootnode, …" style lines for a pin's tooltip. */
export function describeNodeCounts(region: MapRegion): string {
  if (region.nodeCount === 0) return "No nodes";
  const parts = NODE_ROLES.filter((role) => region.nodesByRole[role]).map(
    (role) => `${NODE_ROLE_LABELS[role]}: ${region.nodesByRole[role]}`,
  );
  return `${region.nodeCount} node${region.nodeCount === 1 ? "" : "s"} (${parts.join(", ")})`;
}

/** The pin's `<title>`: provider, region, city and country, node counts per role, and any status. */
export function regionTooltip(region: MapRegion, status: { lost?: boolean; badge?: string }): string {
  const lines = [
    `${region.info.displayName} (${PROVIDER_LABELS[region.provider]} ${region.region})`,
    `${region.info.city}, ${region.info.country}${region.primary ? " · primary region" : ""}`,
    describeNodeCounts(region),
  ];
  if (region.id !== region.region) lines.splice(1, 0, `Region id: ${region.id}`);
  if (status.lost) lines.push("Lost in the simulated outage");
  if (status.badge) lines.push(`Worst finding: ${status.badge}`);
  return lines.join("\n");
}

export function regionAriaLabel(region: MapRegion, status: { lost?: boolean; badge?: string; selected?: boolean }): string {
  let label = `${region.info.displayName}, ${PROVIDER_LABELS[region.provider]} region ${region.region}, ${region.nodeCount} node${region.nodeCount === 1 ? "" : "s"}`;
  if (status.lost) label += ", lost in the simulated outage";
  if (status.badge) label += `, worst finding ${status.badge}`;
  if (status.selected) label += ", selected";
  return label;
}

function end(r: MapRegion): string {
  return `${r.info.displayName} (${PROVIDER_LABELS[r.provider]})`;
}

export function linkTooltip(link: MapLink, status: { lost?: boolean; badge?: string }): string {
  const lines = [
    `${end(link.from)} – ${end(link.to)}`,
    `${link.kind} link, round trip ${formatMs(link.rttMs)} (${link.source === "measured" ? "measured" : "estimated from distance"})`,
  ];
  if (status.lost) lines.push("Down in the simulated outage");
  if (status.badge) lines.push(`Worst finding: ${status.badge}`);
  return lines.join("\n");
}

export function linkAriaLabel(link: MapLink, status: { lost?: boolean; badge?: string; selected?: boolean }): string {
  let label = `Link ${end(link.from)} to ${end(link.to)}, ${link.kind}, ${formatMs(link.rttMs)} ${link.source}`;
  if (status.lost) label += ", down in the simulated outage";
  if (status.badge) label += `, worst finding ${status.badge}`;
  if (status.selected) label += ", selected";
  return label;
}
