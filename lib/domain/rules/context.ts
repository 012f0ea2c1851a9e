// Lookups every rule shares, built once per validation in O(regions + node groups + links).

import { analyzeFailureDomains } from "../consensus";
import { buildConnectivity } from "../net/connectivity";
import type { RegionInfo } from "../catalog";
import type { NodeGroup, Region, TopologyDocument } from "../schema";
import { DEFAULT_SERVICES } from "./services";
import type { CostEstimateSummary, RoundTrip, RuleContext, ValidationOptions } from "./types";

export function buildRuleContext(doc: TopologyDocument, options: ValidationOptions = {}): RuleContext {
  const services = { ...DEFAULT_SERVICES, ...options.services };

  const regionsById = new Map<string, Region>();
  const regionIndex = new Map<string, number>();
  const regionInfo = new Map<string, RegionInfo>();
  doc.regions.forEach((r, i) => {
    regionsById.set(r.id, r);
    regionIndex.set(r.id, i);
    const info = services.getRegion(r.provider, r.region);
    if (info) regionInfo.set(r.id, info);
  });

  const groupsByRegion = new Map<string, NodeGroup[]>();
  const groupIndex = new Map<string, number>();
  const validatorsByRegion = new Map<string, number>();
  let validatorCount = 0;
  doc.nodeGroups.forEach((g, i) => {
    groupIndex.set(g.id, i);
    const list = groupsByRegion.get(g.regionId);
    if (list) list.push(g);
    else groupsByRegion.set(g.regionId, [g]);
    if (g.role === "validator" && regionIndex.has(g.regionId)) {
      validatorsByRegion.set(g.regionId, (validatorsByRegion.get(g.regionId) ?? 0) + g.count);
      validatorCount += g.count;
    }
  });

  const classify = (provider: Region["provider"], id: string) => services.getRegion(provider, id)?.classification;
  const connectivity = buildConnectivity(doc, classify);
  const failureDomains = analyzeFailureDomains(doc, { connectivity });

  // Round trips are symmetric and asked for in hot loops: cache per unordered pair of document regions in a
  // flat table (at most 200 x 200), with each region's catalog reference built once.
  const refs = doc.regions.map((r) => (regionInfo.has(r.id) ? { provider: r.provider, id: r.region } : undefined));
  const regionCount = doc.regions.length;
  const rttCache = new Array<RoundTrip | null | undefined>(regionCount * regionCount);
  const rttBetween = (a: string, b: string): RoundTrip | undefined => {
    const i = regionIndex.get(a);
    const j = regionIndex.get(b);
    if (i === undefined || j === undefined) return undefined;
    const slot = i < j ? i * regionCount + j : j * regionCount + i;
    let hit = rttCache[slot];
    if (hit === undefined) {
      const ra = refs[i];
      const rb = refs[j];
      hit = null;
      if (ra && rb) {
        try {
          hit = services.rtt(ra, rb);
        } catch {
          // An unknown pair: region.unknown reports it; latency checks skip it.
        }
      }
      rttCache[slot] = hit;
    }
    return hit ?? undefined;
  };

  let costComputed = false;
  let costEstimate: CostEstimateSummary | undefined;
  const cost = () => {
    if (!costComputed) {
      costComputed = true;
      costEstimate = services.priceTopology?.(doc);
    }
    return costEstimate;
  };

  return {
    ...(options.policy ? { policy: options.policy } : {}),
    services, regionsById, regionIndex, groupsByRegion, groupIndex, regionInfo, validatorsByRegion, validatorCount,
    connectivity, failureDomains, rttBetween, cost,
  };
}
