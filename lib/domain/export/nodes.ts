// The running nodes of a document: each node group of count n becomes n nodes, named by role, region and
// ordinal (validator-eastus-1, validator-eastus-2, ...) so a name says where a node is and what it does.

import type { NodeGroup, NodeRole, Region, TopologyDocument } from "../schema";
import { NameRegistry, dnsLabel } from "./names";

export interface NodeInstance {
  /** DNS-safe and unique in the document. */
  readonly name: string;
  readonly role: NodeRole;
  readonly group: NodeGroup;
  readonly region: Region;
  /** 0-based position of the node in its group (a StatefulSet ordinal). */
  readonly indexInGroup: number;
  /** 0-based position in the whole network, in document order. */
  readonly index: number;
}

export function expandNodes(doc: TopologyDocument): NodeInstance[] {
  const regions = new Map(doc.regions.map((r) => [r.id, r]));
  const ordinals = new Map<string, number>();
  const names = new NameRegistry((raw) => dnsLabel(raw, 63), "-");
  const nodes: NodeInstance[] = [];
  for (const group of doc.nodeGroups) {
    const region = regions.get(group.regionId);
    if (!region) continue; // The schema guarantees every group's region exists.
    const key = `${group.role}|${region.id}`;
    for (let i = 0; i < group.count; i += 1) {
      const ordinal = (ordinals.get(key) ?? 0) + 1;
      ordinals.set(key, ordinal);
      const raw = `${group.role}-${region.id}-${ordinal}`;
      nodes.push({ name: names.name(raw), role: group.role, group, region, indexInGroup: i, index: nodes.length });
    }
  }
  return nodes;
}

/** Private members run Tessera next to the client. */
export function runsTessera(group: NodeGroup): boolean {
  return group.role === "member" && group.memberType === "private";
}
