// A fix for "losing X halts the chain" when X simply holds too many validators: move the excess to
// validator groups elsewhere, never pushing another region (or provider) over the same limit. Moving keeps
// n, and so the quorum, unchanged. Every proposal is checked by re-running the analysis on the result.

import type { Patch } from "immer";
import { analyzeFailureDomains, validatorGroups, type FailureDomain } from "../consensus";
import type { NodeGroup, Region, TopologyDocument } from "../schema";
import { equivalentDeploymentType } from "../cost";
import { freshId } from "../ids";
import type { Fix, RuleContext } from "./types";

interface Target {
  regionId: string;
  key: string;
  /** Index of the validator group that receives validators, or undefined to create one. */
  groupIndex: number | undefined;
  added: number;
}

/** Regions in the surviving component with the most validators once `lost` is gone. */
function survivingCore(doc: TopologyDocument, ctx: RuleContext, lost: Set<string>): Set<string> {
  const mask = new Uint8Array(doc.regions.length);
  doc.regions.forEach((r, i) => (mask[i] = lost.has(r.id) ? 1 : 0));
  const components = validatorGroups(ctx.connectivity, ctx.validatorsPerRegion, { lost: mask });
  const weight = new Map<number, number>();
  doc.regions.forEach((r, i) => {
    const c = components[i]!;
    if (c >= 0) weight.set(c, (weight.get(c) ?? 0) + (ctx.validatorsByRegion.get(r.id) ?? 0));
  });
  let best = -1;
  for (const [c, w] of weight) if (best < 0 || w > weight.get(best)!) best = c;
  return new Set(doc.regions.filter((_, i) => components[i] === best && best >= 0).map((r) => r.id));
}

export function rebalanceValidatorsFix(
  doc: TopologyDocument,
  ctx: RuleContext,
  domain: FailureDomain,
  /** Which failure domain of the same kind a region is in: its cloud region, or its provider. */
  domainKeyOf: (region: Region) => string,
): Fix | undefined {
  const n = ctx.validatorCount;
  const limit = n - domain.quorum; // the most validators one domain may hold
  let excess = domain.validatorsLost - limit;
  if (limit <= 0 || excess <= 0) return undefined;

  const lost = new Set(domain.regionIds);
  const survivors = survivingCore(doc, ctx, lost);
  const load = new Map<string, number>();
  for (const r of doc.regions) {
    const key = domainKeyOf(r);
    load.set(key, (load.get(key) ?? 0) + (ctx.validatorsByRegion.get(r.id) ?? 0));
  }

  const validatorGroupIndexes = ctx.groupsByRole.get("validator") ?? [];
  const sources = validatorGroupIndexes
    .map((i) => ({ g: doc.nodeGroups[i]!, i }))
    .filter(({ g }) => lost.has(g.regionId))
    .sort((a, b) => b.g.count - a.g.count);
  const template = sources[0]?.g;
  const templateRegion = template && ctx.regionsById.get(template.regionId);
  if (!template || !templateRegion) return undefined;

  // Receivers: an existing validator group per reachable region, or a new group in a reachable region of
  // the template's provider (another provider would need a different VM size, which we can't choose).
  const firstValidatorGroup = new Map<string, number>();
  for (const i of validatorGroupIndexes) {
    const g = doc.nodeGroups[i]!;
    if (!firstValidatorGroup.has(g.regionId)) firstValidatorGroup.set(g.regionId, i);
  }
  const targets: Target[] = [];
  for (const r of doc.regions) {
    if (lost.has(r.id) || !survivors.has(r.id)) continue;
    const groupIndex = firstValidatorGroup.get(r.id);
    if (groupIndex !== undefined) targets.push({ regionId: r.id, key: domainKeyOf(r), groupIndex, added: 0 });
    else if (r.provider === templateRegion.provider) {
      targets.push({ regionId: r.id, key: domainKeyOf(r), groupIndex: undefined, added: 0 });
    }
  }

  const room = (t: Target) => limit - (load.get(t.key) ?? 0);
  while (excess > 0) {
    let best: Target | undefined;
    for (const t of targets) if (room(t) > 0 && (!best || room(t) > room(best))) best = t;
    if (!best) return undefined;
    best.added += 1;
    load.set(best.key, (load.get(best.key) ?? 0) + 1);
    excess -= 1;
  }

  const moved = domain.validatorsLost - limit;
  const newCounts = new Map<number, number>();
  let toTake = moved;
  for (const { g, i } of sources) {
    if (toTake === 0) break;
    const take = Math.min(g.count, toTake);
    newCounts.set(i, g.count - take);
    toTake -= take;
  }

  const replaces: Patch[] = [];
  const adds: Patch[] = [];
  const taken = ctx.takenIds();
  for (const t of targets) {
    if (t.added === 0) continue;
    if (t.groupIndex !== undefined) {
      const current = newCounts.get(t.groupIndex) ?? doc.nodeGroups[t.groupIndex]!.count;
      newCounts.set(t.groupIndex, current + t.added);
    } else {
      const region = ctx.regionsById.get(t.regionId)!;
      const group: NodeGroup = {
        ...template,
        id: freshId(`validators-${t.regionId}`, taken),
        regionId: t.regionId,
        count: t.added,
        deploymentType: equivalentDeploymentType(template.deploymentType, region.provider),
      };
      adds.push({ op: "add", path: ["nodeGroups", doc.nodeGroups.length + adds.length], value: group });
    }
  }
  const removes: number[] = [];
  for (const [i, count] of newCounts) {
    if (count > 0) replaces.push({ op: "replace", path: ["nodeGroups", i, "count"], value: count });
    else removes.push(i);
  }
  // Replaces and adds use the original indices; removals go last, highest index first.
  const patches = [...replaces, ...adds, ...removes.sort((a, b) => b - a).map((i): Patch => ({ op: "remove", path: ["nodeGroups", i] }))];
  const receivers = targets.filter((t) => t.added > 0).map((t) => `${t.regionId} (+${t.added})`).join(", ");
  const fix: Fix = { label: `Move ${moved} validator${moved === 1 ? "" : "s"} out of ${domain.label} to ${receivers}`, patches };

  // Regions and links stay, so the analysis of the patched document needs only its validators per region.
  const validators = [...ctx.validatorsPerRegion];
  for (const { g, i } of sources) validators[ctx.regionIndex.get(g.regionId)!]! -= g.count - (newCounts.get(i) ?? g.count);
  for (const t of targets) validators[ctx.regionIndex.get(t.regionId)!]! += t.added;
  const after = analyzeFailureDomains(doc, { connectivity: ctx.connectivity, only: { kind: domain.kind, id: domain.id }, validators });
  return after.domains[0]?.survives ? fix : undefined;
}
