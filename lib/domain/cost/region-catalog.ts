// The cost model needs only two things from the region catalog; taking them as a value lets tests and
// callers with their own catalog (a CLI --catalog flag, a what-if region) pass one in.

import { getRegion, listRegions } from "../catalog";
import type { RegionInfo } from "../catalog/types";
import { type Provider } from "../region-key";

export interface RegionCatalog {
  getRegion(provider: Provider, id: string): RegionInfo | undefined;
  listRegions(provider?: Provider): readonly RegionInfo[];
}

export const DEFAULT_REGION_CATALOG: RegionCatalog = { getRegion, listRegions };
