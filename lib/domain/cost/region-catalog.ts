// The cost model needs only two things from the region catalog; taking them as a value lets tests and
// callers with their own catalog (a CLI --catalog flag, a what-if region) pass one in.

import { getRegion, listRegions } from "../catalog";
import type { CloudProvider, RegionInfo } from "../catalog/types";

export interface RegionCatalog {
  getRegion(provider: CloudProvider, id: string): RegionInfo | undefined;
  listRegions(provider?: CloudProvider): readonly RegionInfo[];
}

export const DEFAULT_REGION_CATALOG: RegionCatalog = { getRegion, listRegions };
