// Bootnodes (consensus pack): nodes find their peers through bootnodes after every restart, so a region
// whose nodes reach no bootnode outside it cannot rejoin on its own.

import type { NodeGroup, TopologyDocument } from "../schema";
import { defineRule } from "./define-rule";
import { equivalentDeploymentType } from "../cost";
import { listNames, regionName } from "./labels";
import { freshId, usedIds } from "../ids";
import type { RuleContext } from "./types";
import { regionKeyOf } from "../region-key";

const physicalKey = (ctx: RuleContext, regionId: string) => {
  const r = ctx.regionsById.get(regionId);
  return r ? regionKeyOf(r) : regionId;
};

/** A one-node bootnode group in `regionId`, shaped like `template` (or the region's own groups). */
function bootnodeGroup(ctx: RuleContext, regionId: string, taken: Set<string>, template?: NodeGroup): NodeGroup | undefined {
  const region = ctx.regionsById.get(regionId);
  const local = ctx.groupsByRegion.get(regionId)?.[0];
  const shape = template ?? local;
  if (!region || !shape) return undefined;
  // The VM size must be the region's provider's: borrow it from a group already there when clouds differ.
  const sameCloud = ctx.regionsById.get(shape.regionId)?.provider === region.provider;
  const vmSize = sameCloud ? shape.vmSize : local?.vmSize;
  if (!vmSize) return undefined;
  return {
    id: freshId(`bootnodes-${regionId}`, taken), role: "bootnode", regionId, count: 1,
    deploymentType: equivalentDeploymentType(shape.deploymentType, region.provider), vmSize,
    storage: shape.storage,
  };
}

/** Regions with nodes, most validators first (then most nodes), for placing new bootnodes. */
function regionsByWeight(doc: TopologyDocument, ctx: RuleContext): string[] {
  const weight = (id: string) => (ctx.validatorsByRegion.get(id) ?? 0) * 1e6 + (ctx.groupsByRegion.get(id)?.length ?? 0);
  return doc.regions.map((r) => r.id).filter((id) => ctx.groupsByRegion.has(id)).sort((a, b) => weight(b) - weight(a));
}

export const bootnodesMissing = defineRule(
  {
    code: "bootnodes.none", pack: "consensus", severity: "warning",
    description: "A network needs bootnodes (or hand-kept static peers) for nodes to find each other.",
  },
  (doc, ctx, emit) => {
    if (doc.nodeGroups.length === 0 || doc.nodeGroups.some((g) => g.role === "bootnode")) return;
    const taken = usedIds(doc);
    const chosen: string[] = [];
    for (const id of regionsByWeight(doc, ctx)) {
      if (chosen.length === 2) break;
      if (!chosen.some((c) => physicalKey(ctx, c) === physicalKey(ctx, id))) chosen.push(id);
    }
    const groups = chosen.flatMap((id) => bootnodeGroup(ctx, id, taken) ?? []);
    emit({
      target: { kind: "document" },
      message: "The network has no bootnodes: nodes can only find peers through static lists kept by hand.",
      fix: groups.length === 0 ? undefined : {
        label: `Add a bootnode in ${listNames(groups.map((g) => g.regionId))}`,
        patches: groups.map((g, k) => ({ op: "add" as const, path: ["nodeGroups", doc.nodeGroups.length + k], value: g })),
      },
    });
  },
);

export const bootnodesSingleRegion = defineRule(
  {
    code: "bootnodes.single-region", pack: "consensus", severity: "warning",
    description: "Bootnodes should sit in at least two regions, so no region with nodes depends on bootnodes inside itself only.",
  },
  (doc, ctx, emit) => {
    const bootnodeGroups = doc.nodeGroups.filter((g) => g.role === "bootnode");
    if (bootnodeGroups.length === 0) return;
    const bootKeys = new Set(bootnodeGroups.map((g) => physicalKey(ctx, g.regionId)));
    if (bootKeys.size > 1) return;
    const [bootKey] = bootKeys;
    const others = regionsByWeight(doc, ctx).filter((id) => physicalKey(ctx, id) !== bootKey);
    if (others.length === 0) return; // a one-region design: the region-outage rule speaks for it
    const home = ctx.regionsById.get(bootnodeGroups[0]!.regionId)!;
    const stranded = (ctx.validatorsByRegion.get(home.id) ?? 0) > 0 ? ` Its own ${ctx.validatorsByRegion.get(home.id)} validators have no bootnode outside it.` : "";
    const added = bootnodeGroup(ctx, others[0]!, usedIds(doc), bootnodeGroups[0]);
    emit({
      target: { kind: "region", id: home.id },
      message: `Every bootnode is in ${regionName(home)}: while it is down, nodes in ${listNames(others)} can't find peers after a restart.${stranded}`,
      fix: added && {
        label: `Add a bootnode in ${added.regionId}`,
        patches: [{ op: "add", path: ["nodeGroups", doc.nodeGroups.length], value: added }],
      },
    });
  },
);

export const BOOTNODE_RULES = [bootnodesMissing, bootnodesSingleRegion];
