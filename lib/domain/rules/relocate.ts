// A fix that moves one document region to another cloud region, keeping its id, address space and node
// groups (so links, the hub and the backup region still point at it). Moving to another provider also
// switches each group to that provider's equivalent deployment type and closest VM size.

import type { Patch } from "immer";
import type { RegionInfo } from "../catalog";
import { equivalentDeploymentType, equivalentSize, nearestRegion } from "../cost";
import { PROVIDER_LABELS, type Region, type TopologyDocument } from "../schema";
import { regionName } from "./labels";
import type { Fix, RuleContext } from "./types";
import { regionKey, regionKeyOf } from "../region-key";

/**
 * The candidate nearest to `region` (great-circle, same kind of cloud first: see cost/nearest-region.ts),
 * preferring cloud regions the document doesn't use yet, so the move doesn't merge two failure domains.
 */
export function nearestCandidate(doc: TopologyDocument, ctx: RuleContext, region: Region, candidates: readonly RegionInfo[]): RegionInfo | undefined {
  const from = ctx.regionInfo.get(region.id);
  if (!from) return undefined;
  const used = ctx.memo("relocate.used-keys", [doc.regions], () => new Set(doc.regions.map((r) => regionKeyOf(r))));
  const unused = candidates.filter((c) => !used.has(regionKey(c.provider, c.id)));
  return (nearestRegion(from, unused) ?? nearestRegion(from, candidates.filter((c) => c.provider !== region.provider || c.id !== region.region)))?.region;
}

export function moveRegionFix(ctx: RuleContext, region: Region, to: RegionInfo): Fix {
  const i = ctx.regionIndex.get(region.id)!;
  const patches: Patch[] = [{ op: "replace", path: ["regions", i, "region"], value: to.id }];
  const sameProvider = to.provider === region.provider;
  if (!sameProvider) {
    patches.push({ op: "replace", path: ["regions", i, "provider"], value: to.provider });
    // The region's own groups, in document order (not a pass over every group of the design per finding).
    for (const g of ctx.groupsByRegion.get(region.id) ?? []) {
      const k = ctx.groupIndex.get(g.id)!;
      const deploymentType = equivalentDeploymentType(g.deploymentType, to.provider, { autoscaled: g.scale !== undefined });
      const vmSize = equivalentSize(region.provider, g.vmSize, to.provider).name;
      patches.push({ op: "replace", path: ["nodeGroups", k, "deploymentType"], value: deploymentType });
      patches.push({ op: "replace", path: ["nodeGroups", k, "vmSize"], value: vmSize });
    }
  }
  const where = sameProvider ? to.id : `${PROVIDER_LABELS[to.provider]} ${to.id}`;
  return { label: `Move ${regionName(region)} to ${where} (${to.displayName})`, patches };
}
