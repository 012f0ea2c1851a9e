import { getRegion } from "@/lib/domain/catalog";
import { PROVIDER_LABELS, type Region } from "@/lib/domain/schema";

/**
 * How the designer names a document region: "Azure · East US". When the document's id differs from the
 * catalog id it is added ("Azure · East US (r0)"): ids are unique and at most one region per cloud region
 * can carry the catalog id, so two regions in the same cloud region never read the same.
 */
export function regionLabel(region: Pick<Region, "id" | "provider" | "region">): string {
  const name = getRegion(region.provider, region.region)?.displayName ?? region.region;
  const label = `${PROVIDER_LABELS[region.provider]} · ${name}`;
  return region.id === region.region ? label : `${label} (${region.id})`;
}
