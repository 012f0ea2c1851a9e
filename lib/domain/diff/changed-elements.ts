import { canonicalJson } from "../canonical";
import type { TopologyDocument } from "../schema";
import { regionKeyOf, type RegionKey } from "../region-key";

/**
 * What changed between two versions of a topology document, element by element: which regions,
 * node groups and links were added, removed or changed, and which document-level settings changed.
 * Pure and deterministic (sorted by kind, then id), so region-scoped permissions and reviews read
 * the same answer.
 */

export type ElementKind = "region" | "nodeGroup" | "link";
export type ChangeType = "added" | "removed" | "changed";

export interface ElementChange {
  kind: ElementKind;
  id: string;
  change: ChangeType;
  /**
   * Region keys ("azure:westeurope") the element sits in before and after the change: a node group's
   * region, both ends of a link, a region entry itself. Sorted, without duplicates.
   */
  regionKeys: RegionKey[];
}

/** Document-level settings: everything that is neither an element list nor the canvas layout. */
export const SETTINGS_FIELDS = [
  "name",
  "description",
  "network",
  "compliance",
  "operations",
  "budgetMonthlyUsd",
  "tags",
] as const satisfies readonly (keyof TopologyDocument)[];
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

export interface DocumentChanges {
  elements: ElementChange[];
  settings: SettingsField[];
  /** Canvas positions only: a view concern, never a change to the network. */
  layout: boolean;
}

/** The document a change starts from; `null` for a new topology (everything in `next` is added). */
export function changedElements(base: TopologyDocument | null, next: TopologyDocument): DocumentChanges {
  const beforeRegions = regionKeysById(base);
  const afterRegions = regionKeysById(next);
  const keyIn = (map: Map<string, RegionKey>, regionId: string | undefined) =>
    regionId === undefined ? [] : [map.get(regionId) ?? outsideEveryScope(regionId)];

  const elements: ElementChange[] = [
    ...diffList("region", base?.regions ?? [], next.regions, (r, side) => keyIn(side === "before" ? beforeRegions : afterRegions, r.id)),
    ...diffList("nodeGroup", base?.nodeGroups ?? [], next.nodeGroups, (g, side) =>
      keyIn(side === "before" ? beforeRegions : afterRegions, g.regionId),
    ),
    ...diffList("link", base?.links ?? [], next.links, (l, side) => {
      const map = side === "before" ? beforeRegions : afterRegions;
      return [...keyIn(map, l.from), ...keyIn(map, l.to)];
    }),
  ];
  const settings = SETTINGS_FIELDS.filter((field) => !sameValue(base?.[field], next[field]) && !(base === null && next[field] === undefined));
  return {
    elements,
    settings,
    layout: !sameValue(base?.layout, next.layout),
  };
}

/** A reference to a region the document lacks (the schema refuses it): a key no scope contains, so it is refused. */
const outsideEveryScope = (regionId: string) => `unknown:${regionId}` as RegionKey;

function regionKeysById(doc: TopologyDocument | null): Map<string, RegionKey> {
  return new Map((doc?.regions ?? []).map((r) => [r.id, regionKeyOf(r)]));
}

function diffList<T extends { id: string }>(
  kind: ElementKind,
  before: readonly T[],
  after: readonly T[],
  regionsOf: (element: T, side: "before" | "after") => RegionKey[],
): ElementChange[] {
  const old = new Map(before.map((e) => [e.id, e]));
  const now = new Map(after.map((e) => [e.id, e]));
  const changes: ElementChange[] = [];
  for (const id of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const a = old.get(id);
    const b = now.get(id);
    let change: ChangeType | null = null;
    if (!a && b) change = "added";
    else if (a && !b) change = "removed";
    else if (a && b && !sameValue(a, b)) change = "changed";
    // A region entry keeps its JSON when only the document around it changes; a node group or link
    // whose region entry was re-pointed elsewhere is covered by that region's own change.
    if (!change) continue;
    const keys = [...(a ? regionsOf(a, "before") : []), ...(b ? regionsOf(b, "after") : [])];
    changes.push({ kind, id, change, regionKeys: [...new Set(keys)].sort() });
  }
  return changes;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return canonicalJson(a) === canonicalJson(b);
}
