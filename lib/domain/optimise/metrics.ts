// What a design achieves, measured with the product's own models: its full price (traffic included), the
// largest round trip between validator regions, its carbon, and the outages it survives.

import { nodeGroupMonthlyKgCo2e } from "../carbon";
import { analyzeFailureDomains, quorumSize, validatorsPerRegion } from "../consensus";
import { priceTopology } from "../cost";
import { rtt } from "../latency";
import { regionKeyOf, type RegionKey } from "../region-key";
import type { TopologyDocument } from "../schema";
import { MODEL_PRICING } from "./coefficients";

export interface DesignMetrics {
  /** priceTopology's total, inter-region traffic included, USD a month. */
  costUsdMonth: number;
  /** The same without inter-region traffic: what the model's cost objective counts. */
  modelCostUsdMonth: number;
  egressUsdMonth: number;
  /** Largest round trip between two regions holding validators, ms (0 for one region). */
  maxRttMs: number;
  /** Compute emissions of every node, kg CO2e a month (grid factor x energy of the VM size). */
  carbonKgCo2eMonth: number;
  /** Some region has no published grid factor: its provider's average stands in. */
  carbonEstimated: boolean;
  carbonEstimatedRegions: RegionKey[];
  tolerance: {
    validators: number;
    quorum: number;
    /** The most regions that may all be lost at once while quorum remains. */
    regions: number;
    /** Every single cloud's loss is survived (false for a single-cloud design). */
    provider: boolean;
  };
}

export function designMetrics(doc: TopologyDocument): DesignMetrics {
  const full = priceTopology(doc);
  const model = priceTopology(doc, MODEL_PRICING);
  const counts = validatorsPerRegion(doc);
  const keys = doc.regions.map(regionKeyOf).filter((_, i) => counts[i]! > 0);
  let maxRttMs = 0;
  for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) maxRttMs = Math.max(maxRttMs, rtt(keys[i]!, keys[j]!).rttMs);
  const n = counts.reduce((s, c) => s + c, 0);
  const q = quorumSize(doc.network.consensus, n);
  const sorted = [...counts].sort((a, c) => c - a);
  let regions = 0;
  for (let lost = 0; regions < sorted.length && lost + sorted[regions]! <= n - q; regions++) lost += sorted[regions]!;
  let carbonKgCo2eMonth = 0;
  const estimated = new Set<RegionKey>();
  for (const g of doc.nodeGroups) {
    const region = doc.regions.find((r) => r.id === g.regionId);
    if (!region || !g.vmSize) continue;
    const f = nodeGroupMonthlyKgCo2e(region.provider, region.region, g.vmSize, g.count);
    carbonKgCo2eMonth += f.kgCo2ePerMonth;
    if (f.estimated) estimated.add(regionKeyOf(region));
  }
  const analysis = analyzeFailureDomains(doc);
  const providerDomains = analysis.domains.filter((d) => d.kind === "provider");
  return {
    costUsdMonth: full.totalMonthlyUsd,
    modelCostUsdMonth: model.totalMonthlyUsd,
    egressUsdMonth: full.egressMonthlyUsd,
    maxRttMs,
    carbonKgCo2eMonth,
    carbonEstimated: estimated.size > 0,
    carbonEstimatedRegions: [...estimated],
    tolerance: { validators: n, quorum: q, regions, provider: providerDomains.length > 1 && providerDomains.every((d) => d.survives) },
  };
}
