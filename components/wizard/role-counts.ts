// Node counts per region and role: read from a document, typed over a proposal, checked, and written back
// into the document. Pure; the wizard's step 4 edits through these.

import { produce } from "immer";
import { addNodeGroup, removeElements } from "@/lib/domain/edit";
import { NODE_ROLE_LABELS, NODE_ROLES, PROVIDER_LABELS, type NodeRole, type TopologyDocument } from "@/lib/domain/schema";
import type { FieldIssue } from "./read-answers";
import { type CountEdits, type PickedRegion } from "./wizard-state";
import { regionKeyOf } from "@/lib/domain/region-key";

export type RoleCounts = Record<NodeRole, number>;

export const MAX_COUNT = 1000;

export const zeroCounts = (): RoleCounts => ({ validator: 0, bootnode: 0, rpc: 0, archive: 0, member: 0 });

export const countField = (regionKey: string, role: NodeRole) => `count:${regionKey}:${role}`;

/** Nodes of each role in each region, keyed "provider:region". */
export function countsOf(doc: TopologyDocument): Map<string, RoleCounts> {
  const byId = new Map(doc.regions.map((r) => [r.id, regionKeyOf(r)]));
  const result = new Map<string, RoleCounts>(doc.regions.map((r) => [regionKeyOf(r), zeroCounts()]));
  for (const g of doc.nodeGroups) {
    const key = byId.get(g.regionId);
    const counts = key ? result.get(key) : undefined;
    if (counts) counts[g.role] += g.count;
  }
  return result;
}

const parseCount = (text: string | undefined) => (text !== undefined && /^\s*\d+\s*$/.test(text) ? Number(text) : undefined);

/** The typed counts that are whole numbers in range; the rest are left to the proposal (and reported). */
export function validEdits(edits: CountEdits): Record<string, Partial<RoleCounts>> {
  const result: Record<string, Partial<RoleCounts>> = {};
  for (const [key, roles] of Object.entries(edits)) {
    for (const role of NODE_ROLES) {
      const n = parseCount(roles[role]);
      if (n !== undefined && n <= MAX_COUNT) (result[key] ??= {})[role] = n;
    }
  }
  return result;
}

/** Problems with the typed counts of the picked regions: not a whole number, too many, no validator at all. */
export function countIssues(edits: CountEdits, regions: readonly PickedRegion[], effective: ReadonlyMap<string, RoleCounts>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const r of regions) {
    const key = regionKeyOf(r);
    for (const role of NODE_ROLES) {
      const text = edits[key]?.[role];
      if (text === undefined) continue;
      const n = parseCount(text);
      const where = `${NODE_ROLE_LABELS[role]} in ${PROVIDER_LABELS[r.provider]} ${r.region}`;
      if (n === undefined) issues.push({ field: countField(key, role), message: `${where}: enter a whole number, 0 or more.` });
      else if (n > MAX_COUNT) issues.push({ field: countField(key, role), message: `${where}: at most ${MAX_COUNT} nodes.` });
    }
  }
  const validators = regions.reduce((sum, r) => sum + (effective.get(regionKeyOf(r))?.validator ?? 0), 0);
  if (regions.length > 0 && validators === 0) issues.push({ field: "count:validators", message: "The network needs at least one validator." });
  return issues;
}

/**
 * The document with each region's role counts set as given: the first group of the role takes the count
 * (others of the role in the region go), a role new to a region gets a group like the role's groups
 * elsewhere on that provider, and a count of 0 removes the role from the region.
 */
export function applyCounts(doc: TopologyDocument, counts: Record<string, Partial<RoleCounts>>): TopologyDocument {
  if (Object.keys(counts).length === 0) return doc;
  return produce(doc, (draft) => {
    for (const region of [...draft.regions]) {
      const wanted = counts[regionKeyOf(region)];
      if (!wanted) continue;
      for (const role of NODE_ROLES) {
        const n = wanted[role];
        if (n === undefined) continue;
        const groups = draft.nodeGroups.filter((g) => g.regionId === region.id && g.role === role);
        if (groups.reduce((sum, g) => sum + g.count, 0) === n) continue;
        if (n === 0) {
          removeElements(draft, groups.map((g) => g.id));
          continue;
        }
        const [first, ...rest] = groups;
        if (first) {
          first.count = n;
          removeElements(draft, rest.map((g) => g.id));
          continue;
        }
        const id = addNodeGroup(draft, region.id, { role });
        const added = draft.nodeGroups.find((g) => g.id === id)!;
        const like = draft.nodeGroups.find((g) => g.id !== id && g.role === role && draft.regions.find((r) => r.id === g.regionId)?.provider === region.provider);
        if (like) Object.assign(added, { deploymentType: like.deploymentType, vmSize: like.vmSize, storage: { ...like.storage } });
        added.count = n;
      }
    }
  });
}
