import type { Edge, Node } from "@xyflow/react";
import type { RoundTrip } from "@/lib/domain/rules";
import { PROVIDERS, type NodeGroup, type Provider, type Region, type TopologyDocument } from "@/lib/domain/schema";
import type { ElementBadge } from "./findings-index";
import { GROUP_H, GROUP_W, groupOffset, providerRect, regionRects, type Rect } from "./geometry";

export interface ProviderNodeData extends Record<string, unknown> {
  provider: Provider;
  regionCount: number;
}
export interface RegionNodeData extends Record<string, unknown> {
  region: Region;
  groupCount: number;
  nodeCount: number;
  validators: number;
  badge?: ElementBadge;
  lost: boolean;
}
export interface GroupNodeData extends Record<string, unknown> {
  group: NodeGroup;
  badge?: ElementBadge;
  lost: boolean;
}
export interface LinkEdgeData extends Record<string, unknown> {
  kind: string;
  rtt?: RoundTrip;
  badge?: ElementBadge;
  lost: boolean;
}

export type DesignerNode = Node<ProviderNodeData, "provider"> | Node<RegionNodeData, "region"> | Node<GroupNodeData, "nodeGroup">;
export type DesignerEdge = Edge<LinkEdgeData, "link">;

export interface DeriveInput {
  doc: TopologyDocument;
  selection: ReadonlySet<string>;
  badges: ReadonlyMap<string, ElementBadge>;
  lostRegionIds: ReadonlySet<string>;
  rttBetween(a: string, b: string): RoundTrip | undefined;
}

export interface DerivedFlow {
  nodes: DesignerNode[];
  edges: DesignerEdge[];
  regionRects: Map<string, Rect>;
}

/**
 * The canvas as a pure function of the document: provider bands, region boxes with their node groups
 * stacked inside (React Flow sub-flows), links as edges. Never stored; recomputed on every change.
 */
export function deriveFlow({ doc, selection, badges, lostRegionIds, rttBetween }: DeriveInput): DerivedFlow {
  const groupsByRegion = new Map<string, NodeGroup[]>();
  for (const group of doc.nodeGroups) {
    const list = groupsByRegion.get(group.regionId);
    if (list) list.push(group);
    else groupsByRegion.set(group.regionId, [group]);
  }
  const counts = new Map([...groupsByRegion].map(([id, groups]) => [id, groups.length]));
  const rects = regionRects(doc, counts);
  const nodes: DesignerNode[] = [];

  for (const provider of PROVIDERS) {
    const regions = doc.regions.filter((r) => r.provider === provider);
    const box = providerRect(regions.map((r) => rects.get(r.id)!));
    if (!box) continue;
    nodes.push({
      id: `provider:${provider}`,
      type: "provider",
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: { provider, regionCount: regions.length },
      draggable: false,
      selectable: false,
      focusable: false,
      zIndex: -1,
    });
  }

  for (const region of doc.regions) {
    const rect = rects.get(region.id)!;
    const groups = groupsByRegion.get(region.id) ?? [];
    nodes.push({
      id: region.id,
      type: "region",
      position: { x: rect.x, y: rect.y },
      width: rect.width,
      height: rect.height,
      selected: selection.has(region.id),
      dragHandle: ".region-drag-handle",
      data: {
        region,
        groupCount: groups.length,
        nodeCount: groups.reduce((n, g) => n + g.count, 0),
        validators: groups.filter((g) => g.role === "validator").reduce((n, g) => n + g.count, 0),
        badge: badges.get(region.id),
        lost: lostRegionIds.has(region.id),
      },
    });
    groups.forEach((group, index) => {
      nodes.push({
        id: group.id,
        type: "nodeGroup",
        parentId: region.id,
        position: groupOffset(index),
        width: GROUP_W,
        height: GROUP_H,
        selected: selection.has(group.id),
        data: { group, badge: badges.get(group.id), lost: lostRegionIds.has(region.id) },
      });
    });
  }

  const edges: DesignerEdge[] = doc.links.map((link) => ({
    id: link.id,
    type: "link",
    source: link.from,
    target: link.to,
    selected: selection.has(link.id),
    data: {
      kind: link.kind,
      rtt: rttBetween(link.from, link.to),
      badge: badges.get(link.id),
      lost: lostRegionIds.has(link.from) || lostRegionIds.has(link.to),
    },
  }));

  return { nodes, edges, regionRects: rects };
}
