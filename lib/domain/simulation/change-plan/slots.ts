// Validator nodes by group and ordinal, with the names exported bundles give them, so a step can say
// "validator 3 of group 'val-eu' in 'eu'" and point at `keys/validator-eu-3/address` for its address.

import { expandNodes } from "../../export/nodes";
import type { NodeGroup, TopologyDocument } from "../../schema";
import type { ValidatorSlot } from "./types";

export function slotKey(groupId: string, regionId: string, ordinal: number): string {
  return `${groupId}@${regionId}#${ordinal}`;
}

/** Node names by group id and 0-based index in the group, as the exporters name them. */
export function nodeNames(doc: TopologyDocument): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const n of expandNodes(doc)) {
    const list = names.get(n.group.id) ?? [];
    list[n.indexInGroup] = n.name;
    names.set(n.group.id, list);
  }
  return names;
}

/** Slots `first..last` (1-based, inclusive) of a validator group; `names` from nodeNames of its document. */
export function slotsOf(group: NodeGroup, first: number, last: number, names: Map<string, string[]>): ValidatorSlot[] {
  const out: ValidatorSlot[] = [];
  for (let ordinal = first; ordinal <= last; ordinal++) {
    out.push({
      key: slotKey(group.id, group.regionId, ordinal),
      groupId: group.id,
      regionId: group.regionId,
      ordinal,
      nodeName: names.get(group.id)?.[ordinal - 1] ?? `${group.role}-${group.regionId}-${ordinal}`,
      label: `validator ${ordinal} of group '${group.id}' in '${group.regionId}'`,
    });
  }
  return out;
}

/** Every validator of a document, in document order. */
export function validatorSlots(doc: TopologyDocument): ValidatorSlot[] {
  const names = nodeNames(doc);
  return doc.nodeGroups.filter((g) => g.role === "validator").flatMap((g) => slotsOf(g, 1, g.count, names));
}
