// "What would this network cost on AWS (or GCP, or Azure)?": every region moved to the nearest region of one
// provider, every group given the equivalent deployment type and size, then priced like any topology.

import type { NodeGroup, Region, TopologyDocument } from "../schema";
import { PROVIDER_LABELS, type Provider } from "../schema/enums";
import { equivalentDeploymentType, providerOfDeploymentType } from "./deployment-equivalence";
import { nearestRegion } from "./nearest-region";
import { perProvider } from "./per-provider";
import { priceTopology } from "./price-topology";
import { PRICE_SOURCES } from "./prices";
import { DEFAULT_REGION_CATALOG } from "./region-catalog";
import { equivalentSize } from "./size-equivalence";
import type { CostOptions, TopologyCost } from "./types";
import { regionKey, regionKeyOf } from "../region-key";

export interface RegionMapping {
  /** "azure:eastus" */
  readonly from: string;
  /** The target provider's region id, e.g. "us-east-1". */
  readonly to: string;
  /** Great-circle distance between the two, km; 0 when the region stays where it is. */
  readonly distanceKm: number;
  readonly note?: string;
}

export interface ProviderMapping {
  /** Document region id to where it moved. */
  readonly regions: Readonly<Record<string, RegionMapping>>;
  /** The document's vmSize to the size priced on the target provider. */
  readonly sizes: Readonly<Record<string, string>>;
  /** The document's deployment type to the one priced on the target provider. */
  readonly deploymentTypes: Readonly<Record<string, string>>;
}

export interface ProviderCost extends TopologyCost {
  readonly provider: Provider;
  readonly mapping: ProviderMapping;
}

export function priceOnProvider(doc: TopologyDocument, provider: Provider, options: CostOptions = {}): ProviderCost {
  const catalog = options.catalog ?? DEFAULT_REGION_CATALOG;
  const candidates = catalog.listRegions(provider);
  const regionMappings = new Map<string, RegionMapping>();
  const notes: string[] = [];

  const regions: Region[] = doc.regions.map((r) => {
    const mapping = mapRegion(r, provider, candidates, catalog.getRegion(r.provider, r.region));
    regionMappings.set(r.id, mapping);
    if (mapping.note) notes.push(mapping.note);
    return mapping.to === r.region && r.provider === provider ? r : { ...r, provider, region: mapping.to };
  });

  const providerByRegionId = new Map(doc.regions.map((r) => [r.id, r.provider]));
  const sizes = new Map<string, string>();
  const deploymentTypes = new Map<string, string>();
  const nodeGroups: NodeGroup[] = doc.nodeGroups.map((g) => {
    const from = providerByRegionId.get(g.regionId) ?? providerOfDeploymentType(g.deploymentType);
    const deploymentType = equivalentDeploymentType(g.deploymentType, provider, { autoscaled: g.scale !== undefined });
    const vmSize = from === provider ? g.vmSize : equivalentSize(from, g.vmSize, provider).name;
    sizes.set(g.vmSize, vmSize);
    deploymentTypes.set(g.deploymentType, deploymentType);
    return deploymentType === g.deploymentType && vmSize === g.vmSize ? g : { ...g, deploymentType, vmSize };
  });

  const cost = priceTopology({ ...doc, regions, nodeGroups }, options);
  const header = `Re-priced on ${PROVIDER_LABELS[provider]}: each region moved to the nearest ${PROVIDER_LABELS[provider]} region (great-circle distance, same cloud classification where available), sizes matched by vCPU and memory, deployment types by kind.`;
  return {
    ...cost,
    assumptions: [header, ...notes, ...cost.assumptions],
    provider,
    mapping: {
      regions: Object.fromEntries(regionMappings),
      sizes: Object.fromEntries(sizes),
      deploymentTypes: Object.fromEntries(deploymentTypes),
    },
  };
}

/** The cost of the same network on each of the three providers. */
export function compareProviders(doc: TopologyDocument, options: CostOptions = {}): Record<Provider, ProviderCost> {
  return perProvider((p) => priceOnProvider(doc, p, options));
}

function mapRegion(
  r: Region,
  provider: Provider,
  candidates: Parameters<typeof nearestRegion>[1],
  info: Parameters<typeof nearestRegion>[0] | undefined,
): RegionMapping {
  const from = regionKeyOf(r);
  if (r.provider === provider) return { from, to: r.region, distanceKm: 0 };
  const reference = PRICE_SOURCES[provider].referenceRegion;
  if (!info) {
    return { from, to: reference, distanceKm: 0, note: `${r.id}: ${from} is not in the region catalog; moved to ${regionKey(provider, reference)}` };
  }
  const nearest = nearestRegion(info, candidates);
  if (!nearest) {
    return { from, to: reference, distanceKm: 0, note: `${r.id}: no ${provider} region to move ${from} to; priced in ${regionKey(provider, reference)}` };
  }
  const distanceKm = Math.round(nearest.distanceKm);
  return nearest.classificationMatched
    ? { from, to: nearest.region.id, distanceKm }
    : {
        from,
        to: nearest.region.id,
        distanceKm,
        note: `${r.id}: ${PROVIDER_LABELS[provider]} has no ${info.classification} region; ${from} moved to the nearest ${nearest.region.classification} region, ${nearest.region.id} (${distanceKm} km)`,
      };
}
