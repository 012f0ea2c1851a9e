// The whole document's monthly cost, broken down by group, region and provider.

import type { TopologyDocument } from "../schema";
import type { Provider } from "../schema/enums";
import { buildConnectivity } from "../net/connectivity";
import { clusterFees } from "./cluster-fees";
import { networkFees } from "./network-fees";
import { priceGroupInContext } from "./price-node-group";
import { PRICES_AS_OF } from "./prices";
import { buildPricingContext, generalAssumptions } from "./pricing-context";
import { DEFAULT_REGION_CATALOG } from "./region-catalog";
import type { CostOptions, NodeGroupCost, TopologyCost } from "./types";
import { unpricedRegions } from "./unpriced-regions";

export function priceTopology(doc: TopologyDocument, options: CostOptions = {}): TopologyCost {
  const ctx = buildPricingContext(doc, options);
  const groups = new Map<string, NodeGroupCost>();
  // Maps, not object literals, while accumulating: ids like "constructor" must not meet Object.prototype.
  const byRegion = new Map<string, number>(doc.regions.map((r) => [r.id, 0]));
  const byProvider: Record<Provider, number> = { azure: 0, aws: 0, gcp: 0 };
  let compute = 0;
  let storage = 0;
  let platform = 0;
  let egress = 0;
  const groupNotes: string[] = [];

  for (const group of doc.nodeGroups) {
    const cost = priceGroupInContext(ctx, group);
    groups.set(group.id, cost);
    byRegion.set(group.regionId, (byRegion.get(group.regionId) ?? 0) + cost.monthlyUsd);
    byProvider[cost.provider] += cost.monthlyUsd;
    compute += cost.compute;
    storage += cost.storage;
    platform += cost.platform;
    egress += cost.egress;
    for (const note of cost.assumptions) groupNotes.push(note);
  }

  const fees = clusterFees(groups.values(), ctx);
  for (const fee of Object.values(fees)) {
    byRegion.set(fee.regionId, (byRegion.get(fee.regionId) ?? 0) + fee.monthlyUsd);
    byProvider[fee.provider] += fee.monthlyUsd;
    platform += fee.monthlyUsd;
  }

  const catalog = options.catalog ?? DEFAULT_REGION_CATALOG;
  const network = networkFees(doc, buildConnectivity(doc, (p, id) => catalog.getRegion(p, id)?.classification));
  let networkTotal = 0;
  for (const fee of network) {
    byRegion.set(fee.regionId, (byRegion.get(fee.regionId) ?? 0) + fee.line.monthlyUsd);
    byProvider[fee.provider] += fee.line.monthlyUsd;
    networkTotal += fee.line.monthlyUsd;
  }

  const regionNotes: string[] = [];
  for (const r of ctx.regions.values()) if (r.level.note) regionNotes.push(r.level.note);

  return {
    totalMonthlyUsd: compute + storage + platform + egress + networkTotal,
    computeMonthlyUsd: compute,
    storageMonthlyUsd: storage,
    platformMonthlyUsd: platform,
    egressMonthlyUsd: egress,
    networkMonthlyUsd: networkTotal,
    networkFees: network,
    byGroup: Object.fromEntries(groups),
    byRegion: Object.fromEntries(byRegion),
    byProvider,
    clusterFees: fees,
    assumptions: [...new Set([...generalAssumptions(ctx), ...regionNotes, ...groupNotes])],
    unpricedRegions: unpricedRegions(ctx, groups.values()),
    pricesAsOf: PRICES_AS_OF,
  };
}
