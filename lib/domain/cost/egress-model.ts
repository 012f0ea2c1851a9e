// What a GB a node sends to its peers costs, blended over where those peers are. Traffic is assumed to spread
// evenly over all other nodes (QBFT gossips to every validator; devp2p spreads blocks over peers), so the share
// going to region s is (nodes in s) / (all nodes - 1). Same-region traffic is not charged (cross-zone transfer
// inside a region, ~$0.01/GB on AWS and Azure, is left out).

import type { RegionInfo } from "../catalog/types";
import type { Provider } from "../schema/enums";
import { CONTINENT_BY_GEOGRAPHY, EGRESS_RATES, EGRESS_ZONE_BY_GEOGRAPHY, type EgressRates } from "./prices";

export type EgressClass = "intraContinent" | "interContinent" | "internet";

/** Per class: the share of a node's traffic that goes there, and the price per GB from this region. */
export interface RegionEgress {
  readonly shares: Readonly<Record<EgressClass, number>>;
  readonly perGbUsd: Readonly<Record<EgressClass, number>>;
}

export interface EgressEndpoint {
  readonly provider: Provider;
  /** The provider's region id; two document regions on the same one exchange traffic for free. */
  readonly providerRegion: string;
  readonly info: RegionInfo | undefined;
  readonly nodes: number;
}

export const NO_EGRESS: RegionEgress = {
  shares: { intraContinent: 0, interContinent: 0, internet: 0 },
  perGbUsd: { intraContinent: 0, interContinent: 0, internet: 0 },
};

export function egressClass(from: EgressEndpoint, to: EgressEndpoint): EgressClass | undefined {
  if (from.provider !== to.provider) return "internet";
  if (from.providerRegion === to.providerRegion) return undefined;
  // Sovereign clouds (gov, dod, china) are separate networks: traffic to or from them leaves over the internet.
  if (from.info && to.info && from.info.classification !== to.info.classification) return "internet";
  if (!from.info || !to.info) return "interContinent";
  return CONTINENT_BY_GEOGRAPHY[from.info.geography] === CONTINENT_BY_GEOGRAPHY[to.info.geography]
    ? "intraContinent"
    : "interContinent";
}

export function egressRatesFrom(endpoint: EgressEndpoint): EgressRates {
  const zone = endpoint.info ? EGRESS_ZONE_BY_GEOGRAPHY[endpoint.info.geography] : "zone1";
  return EGRESS_RATES[endpoint.provider][zone];
}

/** For every endpoint, its blended egress: O(regions^2), independent of the number of groups. */
export function blendEgress(endpoints: readonly EgressEndpoint[]): RegionEgress[] {
  const totalNodes = endpoints.reduce((sum, e) => sum + e.nodes, 0);
  const peers = totalNodes - 1;
  return endpoints.map((from) => {
    if (peers <= 0) return NO_EGRESS;
    const shares = { intraContinent: 0, interContinent: 0, internet: 0 };
    for (const to of endpoints) {
      if (to === from || to.nodes === 0) continue;
      const cls = egressClass(from, to);
      if (cls) shares[cls] += to.nodes / peers;
    }
    const rates = egressRatesFrom(from);
    return {
      shares,
      perGbUsd: {
        intraContinent: rates.intraContinentPerGb,
        interContinent: rates.interContinentPerGb,
        internet: rates.internetPerGb,
      },
    };
  });
}
