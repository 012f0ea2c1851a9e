import type { DiffMark } from "@/components/canvas/overlay/overlay";
import type { ElementDiff, StructuralDiff } from "@/lib/domain/diff/structural-diff";
import type { Link, NodeGroup, Region, TopologyDocument } from "@/lib/domain/schema";

export interface VisualDiff {
  /** The newer version with the elements the older one had and it lost put back, so they can be drawn. */
  doc: TopologyDocument;
  marks: Map<string, DiffMark>;
}

/**
 * What the visual diff draws: the newer document plus its removed regions, node groups and links (a
 * removed region where it used to be), each element marked added, removed or changed.
 */
export function visualDiff(older: TopologyDocument, newer: TopologyDocument, structure: StructuralDiff): VisualDiff {
  const removed = <T>(diffs: ElementDiff[]) => diffs.filter((d) => d.change === "removed" && d.before).map((d) => d.before as T);
  const removedRegions = removed<Region>(structure.regions);
  const oldPositions = Object.fromEntries(
    removedRegions.flatMap((r) => (older.layout.positions[r.id] ? [[r.id, older.layout.positions[r.id]!]] : [])),
  );
  const doc: TopologyDocument = {
    ...newer,
    regions: [...newer.regions, ...removedRegions],
    nodeGroups: [...newer.nodeGroups, ...removed<NodeGroup>(structure.nodeGroups)],
    links: [...newer.links, ...removed<Link>(structure.links)],
    layout: { ...newer.layout, positions: { ...oldPositions, ...newer.layout.positions } },
  };
  const marks = new Map<string, DiffMark>(
    [...structure.regions, ...structure.nodeGroups, ...structure.links].map((d) => [d.id, d.change]),
  );
  return { doc, marks };
}
