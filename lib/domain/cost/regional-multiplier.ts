// A region's price level relative to its provider's reference region, and whether that is the region's own
// figure, a default for its geography, or a stand-in for a region the catalog doesn't know ("unpriced").

import type { RegionInfo } from "../catalog/types";
import type { Provider } from "../schema/enums";
import {
  GEOGRAPHY_DEFAULT_MULTIPLIERS, REGION_MULTIPLIERS, SOVEREIGN_DEFAULT_MULTIPLIERS, UNKNOWN_REGION_MULTIPLIER,
} from "./prices";
import type { PriceSourceKind } from "./types";
import { regionKey } from "../region-key";

export interface RegionalMultiplier {
  readonly multiplier: number;
  readonly priceSource: PriceSourceKind;
  /** Set for defaults and unpriced regions: what the figure is based on, for the assumptions and warnings. */
  readonly note?: string;
}

export function regionalMultiplier(provider: Provider, regionId: string, info: RegionInfo | undefined): RegionalMultiplier {
  const table = REGION_MULTIPLIERS[provider];
  if (Object.hasOwn(table, regionId)) {
    return { multiplier: table[regionId] ?? UNKNOWN_REGION_MULTIPLIER, priceSource: "regional" };
  }
  if (!info) {
    return {
      multiplier: UNKNOWN_REGION_MULTIPLIER,
      priceSource: "unpriced",
      note: `${regionKey(provider, regionId)} is not in the region catalog and has no price: priced at ${provider} reference-region prices (x${UNKNOWN_REGION_MULTIPLIER}) as a placeholder`,
    };
  }
  const sovereign = SOVEREIGN_DEFAULT_MULTIPLIERS[info.classification];
  if (sovereign !== undefined) {
    return {
      multiplier: sovereign,
      priceSource: "geography-default",
      note: `${regionKey(provider, regionId)} has no regional price figure; priced with the ${info.classification} cloud default (x${sovereign})`,
    };
  }
  const byGeography = GEOGRAPHY_DEFAULT_MULTIPLIERS[info.geography];
  return {
    multiplier: byGeography,
    priceSource: "geography-default",
    note: `${regionKey(provider, regionId)} has no regional price figure; priced with the ${info.geography} default (x${byGeography})`,
  };
}
