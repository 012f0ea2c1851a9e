// Bootnodes (consensus pack): nodes find their peers through bootnodes after every restart, so a region
// whose nodes reach no bootnode outside it cannot rejoin on its own.

import type { NodeGroup, TopologyDocument } from "../schema";
import { defineRule } from "./define-rule";
import { equivalentDeploymentType } from "../cost";
import { listNames, regionName } from "./labels";
import { freshId } from "../ids";
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

/** What placing a bootnode reads: the bootnodes, which regions hold nodes and validators, and the ids in use. */
function bootnodeInputs(doc: TopologyDocument, ctx: RuleContext): readonly unknown[] {
  return [doc.regions, doc.links, doc.nodeGroups.length, ctx.groupsByRole.get("bootnode"), ctx.validatorsByRegion, ctx.groupsByRegion, ctx.groupIndex];
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
    inputs: bootnodeInputs,
  },
  (doc, ctx, emit) => {
    if (doc.nodeGroups.length === 0 || ctx.groupsByRole.has("bootnode")) return;
    const taken = ctx.takenIds();
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
    inputs: bootnodeInputs,
  },
  (doc, ctx, emit) => {
    const bootnodes = ctx.groupsByRole.get("bootnode");
    if (!bootnodes) return;
    // Where the bootnodes are changes only with them (or the regions): kept between validations of edits.
    const bootKeys = ctx.memo("bootnodes.places", [bootnodes, doc.regions], () =>
      new Set([...new Set(bootnodes.map((i) => doc.nodeGroups[i]!.regionId))].map((id) => physicalKey(ctx, id))));
    if (bootKeys.size > 1) return;
    const [bootKey] = bootKeys;
    const others = regionsByWeight(doc, ctx).filter((id) => physicalKey(ctx, id) !== bootKey);
    if (others.length === 0) return; // a one-region design: the region-outage rule speaks for it
    const first = doc.nodeGroups[bootnodes[0]!]!;
    const home = ctx.regionsById.get(first.regionId)!;
    const stranded = (ctx.validatorsByRegion.get(home.id) ?? 0) > 0 ? ` Its own ${ctx.validatorsByRegion.get(home.id)} validators have no bootnode outside it.` : "";
    const added = bootnodeGroup(ctx, others[0]!, ctx.takenIds(), first);
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
