import type { Link, NodeGroup, Region, TopologyDocument } from "../schema";
import { changedElements, type ChangeType, type ElementKind, type SettingsField } from "./changed-elements";
import { describeChanges, type ChangeLine } from "./describe-changes";
import { fieldChanges, type FieldChange } from "./field-changes";

type Element = Region | NodeGroup | Link;

/** An added, removed or changed region, node group or link, with the element on each side. */
export interface ElementDiff {
  kind: ElementKind;
  id: string;
  change: ChangeType;
  regionKeys: string[];
  /** Every field that differs: all of them for an added or removed element. */
  fields: FieldChange[];
  before?: Element;
  after?: Element;
}

export interface SettingDiff {
  field: SettingsField;
  changes: FieldChange[];
}

/** Element by element and setting by setting, what differs between two versions of a document. */
export interface StructuralDiff {
  regions: ElementDiff[];
  nodeGroups: ElementDiff[];
  links: ElementDiff[];
  settings: SettingDiff[];
  /** Canvas positions moved: a view concern, listed apart. */
  layout: boolean;
  counts: { added: number; removed: number; changed: number; settings: number };
  /** The same changes in plain words (describeChanges), for lists and notifications. */
  lines: ChangeLine[];
}

const LISTS = { region: "regions", nodeGroup: "nodeGroups", link: "links" } as const;

/** The structural difference from `before` to `after`, built on changedElements (same ids, same order). */
export function structuralDiff(before: TopologyDocument, after: TopologyDocument): StructuralDiff {
  const changes = changedElements(before, after);
  const find = (doc: TopologyDocument, kind: ElementKind, id: string) =>
    (doc[LISTS[kind]] as readonly Element[]).find((e) => e.id === id);

  const diffs: ElementDiff[] = changes.elements.map((c) => {
    const a = c.change === "added" ? undefined : find(before, c.kind, c.id);
    const b = c.change === "removed" ? undefined : find(after, c.kind, c.id);
    return { ...c, fields: fieldChanges(a ?? {}, b ?? {}), ...(a && { before: a }), ...(b && { after: b }) };
  });
  const settings = changes.settings.map((field) => ({ field, changes: fieldChanges(before[field], after[field]) }));
  const count = (change: ChangeType) => diffs.filter((d) => d.change === change).length;
  return {
    regions: diffs.filter((d) => d.kind === "region"),
    nodeGroups: diffs.filter((d) => d.kind === "nodeGroup"),
    links: diffs.filter((d) => d.kind === "link"),
    settings,
    layout: changes.layout,
    counts: { added: count("added"), removed: count("removed"), changed: count("changed"), settings: settings.length },
    lines: describeChanges(before, after),
  };
}
