// Lookups over one document that every rule shares. Built in O(regions + node groups + links); after an edit,
// brought up to date from the previous document's lookups in proportion to what changed (`reindexDocument`).
// Lookups whose content did not change stay the same objects, so what is memoised on them stays valid.

import type { RegionInfo } from "../catalog";
import type { NodeGroup, NodeRole, Region, TopologyDocument } from "../schema";
import type { CollectionChange } from "./document-change";
import type { RuleServices } from "./types";

export interface RegionLookups {
  readonly regionsById: ReadonlyMap<string, Region>;
  readonly regionIndex: ReadonlyMap<string, number>;
  readonly regionInfo: ReadonlyMap<string, RegionInfo>;
  /** False when two regions share an id (the schema refuses it; the engine still copes). */
  readonly uniqueIds: boolean;
}

export interface GroupLookups {
  readonly groupsByRegion: ReadonlyMap<string, readonly NodeGroup[]>;
  readonly groupIndex: ReadonlyMap<string, number>;
  readonly groupsByRole: ReadonlyMap<NodeRole, readonly number[]>;
  /** False when two node groups share an id: lookups by id then name only one of them, so edits rebuild them. */
  readonly uniqueIds: boolean;
}

export interface ValidatorCounts {
  readonly validatorsByRegion: ReadonlyMap<string, number>;
  readonly validatorsPerRegion: readonly number[];
  readonly validatorCount: number;
}

export interface DocumentIndex {
  readonly regions: RegionLookups;
  readonly groups: GroupLookups;
  readonly validators: ValidatorCounts;
  readonly linkIds: ReadonlySet<string>;
}

type GetRegion = RuleServices["getRegion"];

/** Past this many changed node groups, rebuilding the lookups is cheaper than patching them. */
const PATCH_LIMIT = 64;

export function indexDocument(doc: TopologyDocument, getRegion: GetRegion): DocumentIndex {
  const regions = indexRegions(doc, getRegion);
  const groups = indexGroups(doc);
  return { regions, groups, validators: countValidators(doc, regions, groups), linkIds: new Set(doc.links.map((l) => l.id)) };
}

/** The lookups of `next`, an edit of `prev` (whose lookups are `previous`), reusing every part the edit left alone. */
export function reindexDocument(
  previous: DocumentIndex, prev: TopologyDocument, next: TopologyDocument, getRegion: GetRegion, groupChange: CollectionChange,
): DocumentIndex {
  const regions = next.regions === prev.regions ? previous.regions : indexRegions(next, getRegion);
  const groups = next.nodeGroups === prev.nodeGroups ? previous.groups : (patchGroups(previous.groups, prev, next, groupChange) ?? indexGroups(next));
  const validators = regions === previous.regions && !touchesValidators(prev, next, groups, previous.groups, groupChange)
    ? previous.validators
    : sameCounts(previous.validators, countValidators(next, regions, groups));
  const linkIds = next.links === prev.links ? previous.linkIds : new Set(next.links.map((l) => l.id));
  return { regions, groups, validators, linkIds };
}

function indexRegions(doc: TopologyDocument, getRegion: GetRegion): RegionLookups {
  const regionsById = new Map<string, Region>();
  const regionIndex = new Map<string, number>();
  const regionInfo = new Map<string, RegionInfo>();
  doc.regions.forEach((r, i) => {
    regionsById.set(r.id, r);
    regionIndex.set(r.id, i);
    const info = getRegion(r.provider, r.region);
    if (info) regionInfo.set(r.id, info);
  });
  return { regionsById, regionIndex, regionInfo, uniqueIds: regionsById.size === doc.regions.length };
}

function indexGroups(doc: TopologyDocument): GroupLookups {
  const groupsByRegion = new Map<string, NodeGroup[]>();
  const groupIndex = new Map<string, number>();
  const groupsByRole = new Map<NodeRole, number[]>();
  doc.nodeGroups.forEach((g, i) => {
    groupIndex.set(g.id, i);
    const list = groupsByRegion.get(g.regionId);
    if (list) list.push(g);
    else groupsByRegion.set(g.regionId, [g]);
    const role = groupsByRole.get(g.role);
    if (role) role.push(i);
    else groupsByRole.set(g.role, [i]);
  });
  return { groupsByRegion, groupIndex, groupsByRole, uniqueIds: groupIndex.size === doc.nodeGroups.length };
}

/** Validators per region, in the order their first validator group appears (rules iterate the map). */
function countValidators(doc: TopologyDocument, regions: RegionLookups, groups: GroupLookups): ValidatorCounts {
  const validatorsByRegion = new Map<string, number>();
  const validatorsPerRegion = doc.regions.map(() => 0);
  let validatorCount = 0;
  for (const i of groups.groupsByRole.get("validator") ?? []) {
    const g = doc.nodeGroups[i]!;
    const at = regions.regionIndex.get(g.regionId);
    if (at === undefined) continue;
    validatorsByRegion.set(g.regionId, (validatorsByRegion.get(g.regionId) ?? 0) + g.count);
    validatorsPerRegion[at] = validatorsPerRegion[at]! + g.count;
    validatorCount += g.count;
  }
  return { validatorsByRegion, validatorsPerRegion, validatorCount };
}

/** The previous counts when the new ones are the same (same regions, order and numbers), so memos keyed on them hold. */
function sameCounts(previous: ValidatorCounts, counts: ValidatorCounts): ValidatorCounts {
  if (previous.validatorCount !== counts.validatorCount || previous.validatorsByRegion.size !== counts.validatorsByRegion.size) return counts;
  if (previous.validatorsPerRegion.length !== counts.validatorsPerRegion.length) return counts;
  if (counts.validatorsPerRegion.some((v, i) => v !== previous.validatorsPerRegion[i])) return counts;
  const before = [...previous.validatorsByRegion];
  let k = 0;
  for (const [id, v] of counts.validatorsByRegion) {
    const [idBefore, vBefore] = before[k++]!;
    if (id !== idBefore || v !== vBefore) return counts;
  }
  return previous;
}

function touchesValidators(prev: TopologyDocument, next: TopologyDocument, groups: GroupLookups, before: GroupLookups, change: CollectionChange): boolean {
  if (groups === before) return false;
  if (change.wholesale) return true;
  return change.positions.some((i) => prev.nodeGroups[i]?.role === "validator" || next.nodeGroups[i]?.role === "validator");
}

/** The group lookups patched at the changed positions; undefined when rebuilding is simpler (many changes, duplicate ids). */
function patchGroups(previous: GroupLookups, prev: TopologyDocument, next: TopologyDocument, change: CollectionChange): GroupLookups | undefined {
  const positions = change.positions;
  if (change.wholesale || positions.length > PATCH_LIMIT || !previous.uniqueIds) return undefined;
  const before = (i: number) => prev.nodeGroups[i];
  const after = (i: number) => next.nodeGroups[i];

  const groupIndex = patchGroupIndex(previous.groupIndex, positions, before, after);
  if (!groupIndex) return undefined;

  // Roles and regions whose lists change: every role and region a changed position held before or holds now.
  const roles = new Set<NodeRole>();
  const regionIds = new Set<string>();
  for (const i of positions) {
    for (const g of [before(i), after(i)]) {
      if (!g) continue;
      roles.add(g.role);
      regionIds.add(g.regionId);
    }
  }
  const changed = new Set(positions);
  const groupsByRole = new Map(previous.groupsByRole);
  for (const role of roles) {
    const list = (previous.groupsByRole.get(role) ?? []).filter((i) => !changed.has(i));
    for (const i of positions) if (after(i)?.role === role) insertSorted(list, i, (x) => x);
    if (list.length > 0) groupsByRole.set(role, list);
    else groupsByRole.delete(role);
  }
  const replaced = new Set(positions.map(before));
  const groupsByRegion = new Map(previous.groupsByRegion);
  for (const regionId of regionIds) {
    const list = (previous.groupsByRegion.get(regionId) ?? []).filter((g) => !replaced.has(g));
    for (const i of positions) {
      const g = after(i);
      if (g?.regionId === regionId) insertSorted(list, g, (x) => groupIndex.get(x.id)!);
    }
    if (list.length > 0) groupsByRegion.set(regionId, list);
    else groupsByRegion.delete(regionId);
  }
  return { groupsByRegion, groupIndex, groupsByRole, uniqueIds: true };
}

/** The id index with changed positions moved over; undefined when an edit makes two groups share an id. */
function patchGroupIndex(
  previous: ReadonlyMap<string, number>, positions: readonly number[],
  before: (i: number) => NodeGroup | undefined, after: (i: number) => NodeGroup | undefined,
): ReadonlyMap<string, number> | undefined {
  if (positions.every((i) => before(i)?.id === after(i)?.id)) return previous;
  const index = new Map(previous);
  for (const i of positions) {
    const id = before(i)?.id;
    if (id !== undefined && index.get(id) === i) index.delete(id);
  }
  for (const i of positions) {
    const id = after(i)?.id;
    if (id === undefined) continue;
    if (index.has(id)) return undefined;
    index.set(id, i);
  }
  return index;
}

function insertSorted<T>(list: T[], item: T, key: (x: T) => number): void {
  const k = key(item);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < k) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, item);
}
