// The regions a cost result priced with no price figure at all, for its warnings: regions the catalog doesn't
// know (priced at reference-region prices) and regionIds of groups that name no region of the document.

import { UNKNOWN_REGION_MULTIPLIER } from "./prices";
import type { PricingContext } from "./pricing-context";
import type { NodeGroupCost, UnpricedRegion } from "./types";
import { regionKey } from "../region-key";

/** In document order, then dangling group regionIds in group order; each region once. */
export function unpricedRegions(ctx: PricingContext, groups: Iterable<NodeGroupCost>): UnpricedRegion[] {
  const found = new Map<string, UnpricedRegion>();
  for (const [regionId, r] of ctx.regions) {
    if (r.level.priceSource !== "unpriced") continue;
    const { provider, region } = r.region;
    found.set(regionId, {
      regionId, provider, providerRegion: region, multiplier: r.level.multiplier,
      message: `${regionId}: ${r.level.note ?? `${regionKey(provider, region)} has no price; priced at reference-region prices`}`,
    });
  }
  for (const g of groups) {
    if (g.priceSource !== "unpriced" || found.has(g.regionId) || ctx.regions.has(g.regionId)) continue;
    found.set(g.regionId, {
      regionId: g.regionId, provider: g.provider, providerRegion: "", multiplier: UNKNOWN_REGION_MULTIPLIER,
      message: `${g.regionId}: not a region of the document; its groups are priced at ${g.provider} reference-region prices (x${UNKNOWN_REGION_MULTIPLIER}) without egress, as a placeholder`,
    });
  }
  return [...found.values()];
}
