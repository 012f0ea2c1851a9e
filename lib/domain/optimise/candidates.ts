// The regions a design may use: all three catalogs, filtered by the allowed clouds, the allow and exclude
// lists, and the residency the compliance packs ask for: the rule packs' own answer (rules/residency.ts), so a
// candidate never fails those rules.

import { listRegions, type RegionInfo } from "../catalog";
import { regionKey, type RegionKey } from "../region-key";
import { residentUnder } from "../rules/residency";
import { allowedRegionKeys, type OptimiseSpec } from "./spec";

export interface Candidate {
  readonly key: RegionKey;
  readonly info: RegionInfo;
}


/**
 * Candidate regions in catalog order. Sovereign clouds (gov, dod, china) cannot be joined to commercial
 * regions, so they are candidates only when the allow list names them.
 */
export function candidateRegions(spec: OptimiseSpec): Candidate[] {
  const allowed = allowedRegionKeys(spec);
  const excluded = new Set(spec.excludeRegions);
  const out: Candidate[] = [];
  for (const info of listRegions()) {
    const key = regionKey(info.provider, info.id);
    if (spec.providers && !spec.providers.includes(info.provider)) continue;
    if (allowed ? !allowed.has(key) : info.classification !== "commercial") continue;
    if (excluded.has(key)) continue;
    if (!spec.packs.every((p) => residentUnder(p, info))) continue;
    out.push({ key, info });
  }
  return out;
}

/** Allow-list entries that name no catalog region: an input mistake worth saying. */
export function unknownRegionKeys(spec: OptimiseSpec): RegionKey[] {
  const known = new Set(listRegions().map((r) => regionKey(r.provider, r.id)));
  const pinned = [...(spec.pinned?.regions ?? []), ...Object.keys(spec.pinned?.validators ?? {}).map((k) => k.trim().toLowerCase() as RegionKey)];
  return [...(spec.regions ?? []), ...spec.excludeRegions, ...pinned, ...spec.demand.map((d) => d.region)].filter((k) => !known.has(k));
}
