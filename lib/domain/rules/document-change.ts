// What an edit changed, found by reference: an edit made with immer (or any copy-on-write update) gives
// every element it did not touch back as the same object, so comparing references finds exactly the
// elements to check again. O(elements) pointer comparisons; nothing is compared by value.

import type { TopologyDocument } from "../schema";

export interface CollectionChange {
  /** Positions whose element is not the same object as before (past either list's end included), ascending. */
  readonly positions: readonly number[];
  /** So many changed that it is simpler to treat every element as changed (`positions` is then empty). */
  readonly wholesale: boolean;
}

export interface DocumentChange {
  readonly regions: CollectionChange;
  readonly nodeGroups: CollectionChange;
  readonly links: CollectionChange;
  /** Top-level fields of the document that are not the same value as before. */
  readonly fields: ReadonlySet<keyof TopologyDocument>;
}

/** Past this many changed elements of one list, every element of it counts as changed. */
const TRACKED_LIMIT = 256;

const NONE: CollectionChange = { positions: [], wholesale: false };
const WHOLESALE: CollectionChange = { positions: [], wholesale: true };

export function collectionChange<T>(before: readonly T[], after: readonly T[]): CollectionChange {
  if (before === after) return NONE;
  const positions: number[] = [];
  const n = Math.max(before.length, after.length);
  for (let i = 0; i < n; i++) {
    if (before[i] === after[i]) continue;
    if (positions.length === TRACKED_LIMIT) return WHOLESALE;
    positions.push(i);
  }
  return { positions, wholesale: false };
}

export function documentChange(before: TopologyDocument, after: TopologyDocument): DocumentChange {
  const fields = new Set<keyof TopologyDocument>();
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof TopologyDocument>) {
    if (before[key] !== after[key]) fields.add(key);
  }
  return {
    regions: collectionChange(before.regions, after.regions),
    nodeGroups: collectionChange(before.nodeGroups, after.nodeGroups),
    links: collectionChange(before.links, after.links),
    fields,
  };
}
