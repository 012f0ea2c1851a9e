// Cost and latency coefficients of the placement model, taken from the product's own models: costs by
// pricing small probe designs with priceTopology (so they are Meridian's numbers, not a second price list),
// round trips from the latency model.
//
// Cost is linear in the placement except for two parts the model treats apart (docs/optimiser.md):
// traffic between regions (each node's traffic is spread over all other nodes, a product of counts) is
// left out of the model's objective and priced on the decoded design; the VPNs between two clouds depend on
// which regions end them and how many regions each cloud has, so the model charges each pair of clouds used
// the VPN between one region on each side (an estimate when a cloud has more regions).

import { priceTopology, type CostOptions } from "../cost";
import { rtt } from "../latency";
import { PROVIDERS, type Provider, type RegionKey } from "../region-key";
import type { Candidate } from "./candidates";
import { placementDocument, type PlacementSettings, type RegionPlacement } from "./placement";

/** The model prices everything but inter-region traffic, which it cannot express linearly. */
export const MODEL_PRICING: CostOptions = {
  trafficGbPerNodeMonth: { validator: 0, bootnode: 0, rpc: 0, archive: 0, member: 0 },
};

export interface RegionCosts {
  /** Each validator more in the region, USD a month. */
  readonly validatorUsdMonth: number;
  /** Using the region at all (its NAT gateway and such), USD a month. */
  readonly regionUsdMonth: number;
  readonly bootnodeUsdMonth: number;
  readonly rpcUsdMonth: number;
}

export interface CostCoefficients {
  readonly regions: readonly RegionCosts[];
  /** Using a cloud at all (its private DNS zone), USD a month. */
  readonly providerUsdMonth: Readonly<Record<Provider, number>>;
  /** Joining two clouds (two VPNs with their gateways), per pair "aws|gcp", USD a month. */
  readonly cloudPairUsdMonth: ReadonlyMap<string, number>;
}

const PROBE: PlacementSettings = { name: "probe", description: "", client: "besu", consensus: "qbft", chainId: 1337, packs: [] };

const modelCost = (placement: RegionPlacement[]) => priceTopology(placementDocument(PROBE, placement), MODEL_PRICING).totalMonthlyUsd;
const at = (key: RegionKey, validators: number, bootnodes = 0, rpc = 0): RegionPlacement => ({ key, validators, bootnodes, rpc });

// Pricing is deterministic, so each region's figures are worked out once per process.
const regionMemo = new Map<RegionKey, { costs: RegionCosts; dnsUsdMonth: number }>();

function regionCosts(key: RegionKey): { costs: RegionCosts; dnsUsdMonth: number } {
  const known = regionMemo.get(key);
  if (known) return known;
  const one = priceTopology(placementDocument(PROBE, [at(key, 1)]), MODEL_PRICING);
  const dnsUsdMonth = one.networkFees.filter((f) => f.line.label === "Private DNS zone").reduce((s, f) => s + f.line.monthlyUsd, 0);
  const validatorUsdMonth = modelCost([at(key, 2)]) - one.totalMonthlyUsd;
  const costs: RegionCosts = {
    validatorUsdMonth,
    regionUsdMonth: one.totalMonthlyUsd - validatorUsdMonth - dnsUsdMonth,
    bootnodeUsdMonth: modelCost([at(key, 1, 1)]) - one.totalMonthlyUsd,
    rpcUsdMonth: modelCost([at(key, 1, 0, 1)]) - one.totalMonthlyUsd,
  };
  const entry = { costs, dnsUsdMonth };
  regionMemo.set(key, entry);
  return entry;
}

export function cloudPairKey(a: Provider, b: Provider): string {
  return PROVIDERS.indexOf(a) < PROVIDERS.indexOf(b) ? `${a}|${b}` : `${b}|${a}`;
}

/** The VPN between one region on each side (the shape of the cheapest designs): joined minus apart. */
function cloudPairCost(a: Candidate, b: Candidate): number {
  return modelCost([at(a.key, 1), at(b.key, 1)]) - modelCost([at(a.key, 1)]) - modelCost([at(b.key, 1)]);
}

export function costCoefficients(candidates: readonly Candidate[]): CostCoefficients {
  const providerUsdMonth: Record<Provider, number> = { azure: 0, aws: 0, gcp: 0 };
  const regions = candidates.map((c) => {
    const { costs, dnsUsdMonth } = regionCosts(c.key);
    providerUsdMonth[c.info.provider] = dnsUsdMonth;
    return costs;
  });
  const byProvider = (p: Provider) => candidates.filter((c) => c.info.provider === p);
  const cloudPairUsdMonth = new Map<string, number>();
  for (let i = 0; i < PROVIDERS.length; i++) {
    for (let j = i + 1; j < PROVIDERS.length; j++) {
      const a = byProvider(PROVIDERS[i]!);
      const b = byProvider(PROVIDERS[j]!);
      if (a[0] && b[0]) cloudPairUsdMonth.set(cloudPairKey(PROVIDERS[i]!, PROVIDERS[j]!), cloudPairCost(a[0], b[0]));
    }
  }
  return { regions, providerUsdMonth, cloudPairUsdMonth };
}

/** Round trip between every two candidates, ms (row-major, symmetric, 0 on the diagonal). */
export function rttMatrixMs(candidates: readonly Candidate[]): Float64Array {
  const n = candidates.length;
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = rtt(candidates[i]!.key, candidates[j]!.key).rttMs;
      m[i * n + j] = v;
      m[j * n + i] = v;
    }
  }
  return m;
}
