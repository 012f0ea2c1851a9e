// GDPR pack: every node holds the chain (validators, bootnodes, RPC, archive and members alike), so every
// node must sit in the EEA or in a country with an EU adequacy decision.

import type { Region, TopologyDocument } from "../schema";
import { defineElementRule } from "./define-rule";
import { groupName, regionName, roleCount } from "./labels";
import { residentUnder } from "./residency";
import type { RuleContext } from "./types";

function resident(ctx: RuleContext, regionId: string): boolean | undefined {
  const info = ctx.regionInfo.get(regionId);
  return info && residentUnder("gdpr", info);
}

/** Where a group could move: per provider, the first resident region already in the document. */
function havens(doc: TopologyDocument, ctx: RuleContext): ReadonlyMap<Region["provider"], Region> {
  return ctx.memo("gdpr.havens", [doc.regions, ctx.regionInfo], () => {
    const haven = new Map<Region["provider"], Region>();
    for (const r of doc.regions) if (!haven.has(r.provider) && resident(ctx, r.id)) haven.set(r.provider, r);
    return haven;
  });
}

export const gdprResidency = defineElementRule(
  "nodeGroup",
  {
    code: "compliance.gdpr.residency", pack: "gdpr", severity: "error",
    description: "Every node group (all hold chain data) must run in the EEA or a country with an EU adequacy decision.",
    inputs: (doc) => [doc.regions],
  },
  (g, i, doc, ctx, emit) => {
    if (resident(ctx, g.regionId) !== false) return; // unknown regions: region.unknown reports them
    const region = ctx.regionsById.get(g.regionId)!;
    const info = ctx.regionInfo.get(g.regionId)!;
    const move = havens(doc, ctx).get(region.provider);
    emit({
      target: { kind: "nodeGroup", id: g.id },
      message: `Node group ${groupName(g)}, ${roleCount(g.role, g.count)}, holds chain data in ${regionName(region)} (${info.displayName}, country ${info.country}), which is neither in the EEA nor covered by an EU adequacy decision.`,
      fix: move && {
        label: `Move it to ${regionName(move)}`,
        patches: [{ op: "replace", path: ["nodeGroups", i, "regionId"], value: move.id }],
      },
    });
  },
);

export const GDPR_RULES = [gdprResidency];
