import { groupName, regionName, roleCount } from "../rules/labels";
import type { TopologyDocument } from "../schema";
import { changedElements, type ChangeType, type ElementKind, type SettingsField } from "./changed-elements";

/** One line a person reads: "Added validators 'validator-westus2' (2 validators) in Azure westus2". */
export interface ChangeLine {
  kind: ElementKind | "setting";
  id: string;
  change: ChangeType;
  text: string;
}

const VERB: Record<ChangeType, string> = { added: "Added", removed: "Removed", changed: "Changed" };

const SETTING_LABELS: Record<SettingsField, string> = {
  name: "the name",
  description: "the description",
  network: "the network settings",
  compliance: "the compliance packs",
  operations: "the operations settings",
  budgetMonthlyUsd: "the budget",
  tags: "the tags",
};

/**
 * What changed from `base` to `next`, in plain words, elements first (sorted by kind and id), then
 * settings. Layout-only moves are left out: they change the picture, not the network.
 */
export function describeChanges(base: TopologyDocument | null, next: TopologyDocument): ChangeLine[] {
  const changes = changedElements(base, next);
  const lines: ChangeLine[] = changes.elements.map((c) => {
    // A removed element is described as it was, others as they are now.
    const doc = c.change === "removed" ? base! : next;
    return { kind: c.kind, id: c.id, change: c.change, text: `${VERB[c.change]} ${describeElement(doc, c.kind, c.id)}` };
  });
  for (const field of changes.settings) {
    lines.push({ kind: "setting", id: field, change: "changed", text: `Changed ${SETTING_LABELS[field]}` });
  }
  return lines;
}

function describeElement(doc: TopologyDocument, kind: ElementKind, id: string): string {
  const region = (regionId: string) => {
    const r = doc.regions.find((x) => x.id === regionId);
    return r ? regionName(r) : `'${regionId}'`;
  };
  if (kind === "region") return `region ${region(id)}`;
  if (kind === "nodeGroup") {
    const g = doc.nodeGroups.find((x) => x.id === id);
    return g ? `node group ${groupName(g)} (${roleCount(g.role, g.count)}) in ${region(g.regionId)}` : `node group '${id}'`;
  }
  const l = doc.links.find((x) => x.id === id);
  return l ? `${l.kind} link ${region(l.from)} – ${region(l.to)}` : `link '${id}'`;
}

/** Ids changed on both sides of a conflict: where keeping one side overwrites the other's work. */
export function overlappingChanges(theirs: ChangeLine[], mine: ChangeLine[]): Set<string> {
  const key = (l: ChangeLine) => `${l.kind}:${l.id}`;
  const their = new Set(theirs.map(key));
  return new Set(mine.filter((l) => their.has(key(l))).map(key));
}
