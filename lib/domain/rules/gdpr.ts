// GDPR pack: every node holds the chain (validators, bootnodes, RPC, archive and members alike), so every
// node must sit in the EEA or in a country with an EU adequacy decision.

import type { Region } from "../schema";
import { defineRule } from "./define-rule";
import { groupName, regionName, roleCount } from "./labels";
import type { RuleContext } from "./types";

function resident(ctx: RuleContext, regionId: string): boolean | undefined {
  const info = ctx.regionInfo.get(regionId);
  return info && (info.eea || info.euAdequacy);
}

export const gdprResidency = defineRule(
  {
    code: "compliance.gdpr.residency", pack: "gdpr", severity: "error",
    description: "Every node group (all hold chain data) must run in the EEA or a country with an EU adequacy decision.",
  },
  (doc, ctx, emit) => {
    // Where a group could move: a resident region of the same provider already in the document.
    const haven = new Map<Region["provider"], { region: Region; index: number }>();
    doc.regions.forEach((r) => {
      if (!haven.has(r.provider) && resident(ctx, r.id)) haven.set(r.provider, { region: r, index: ctx.regionIndex.get(r.id)! });
    });
    doc.nodeGroups.forEach((g, i) => {
      if (resident(ctx, g.regionId) !== false) return; // unknown regions: region.unknown reports them
      const region = ctx.regionsById.get(g.regionId)!;
      const info = ctx.regionInfo.get(g.regionId)!;
      const move = haven.get(region.provider);
      emit({
        target: { kind: "nodeGroup", id: g.id },
        message: `Node group ${groupName(g)}, ${roleCount(g.role, g.count)}, holds chain data in ${regionName(region)} (${info.displayName}, country ${info.country}), which is neither in the EEA nor covered by an EU adequacy decision.`,
        fix: move && {
          label: `Move it to ${regionName(move.region)}`,
          patches: [{ op: "replace", path: ["nodeGroups", i, "regionId"], value: move.region.id }],
        },
      });
    });
  },
);

export const GDPR_RULES = [gdprResidency];
