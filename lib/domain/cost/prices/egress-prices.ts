// Data transfer per GB leaving a region, USD, first pricing tier, compiled 2026-11.
// Sources: azure.microsoft.com/pricing/details/bandwidth, aws.amazon.com/ec2/pricing/on-demand (Data Transfer),
// cloud.google.com/vpc/network-pricing (Premium Tier).
// Prices depend on where traffic leaves from; the three source zones follow Azure's billing zones, which match
// AWS's and GCP's price steps closely enough for an estimate. Free allowances (e.g. the first 100 GB/month
// of internet egress) are ignored: they are per account, not per network.

import type { Geography } from "../../catalog/types";
import type { Provider } from "../../schema/enums";

export type EgressZone = "zone1" | "zone2" | "zone3";

/** zone1: North America and Europe; zone2: Asia Pacific and China; zone3: South America, Africa, Middle East. */
export const EGRESS_ZONE_BY_GEOGRAPHY: Readonly<Record<Geography, EgressZone>> = {
  "United States": "zone1",
  Canada: "zone1",
  Mexico: "zone1",
  Europe: "zone1",
  "Asia Pacific": "zone2",
  China: "zone2",
  "South America": "zone3",
  Africa: "zone3",
  "Middle East": "zone3",
};

export interface EgressRates {
  /** To another region of the same provider (and cloud) on the same continent. */
  readonly intraContinentPerGb: number;
  /** To another region of the same provider (and cloud) on another continent. */
  readonly interContinentPerGb: number;
  /** Out to the internet: cross-cloud traffic, and traffic across a sovereign-cloud boundary. */
  readonly internetPerGb: number;
}

export const EGRESS_RATES: Readonly<Record<Provider, Readonly<Record<EgressZone, EgressRates>>>> = {
  azure: {
    zone1: { intraContinentPerGb: 0.02, interContinentPerGb: 0.05, internetPerGb: 0.087 },
    zone2: { intraContinentPerGb: 0.08, interContinentPerGb: 0.08, internetPerGb: 0.12 },
    zone3: { intraContinentPerGb: 0.16, interContinentPerGb: 0.16, internetPerGb: 0.181 },
  },
  // AWS charges one inter-region rate per source region, whatever the destination continent.
  aws: {
    zone1: { intraContinentPerGb: 0.02, interContinentPerGb: 0.02, internetPerGb: 0.09 },
    zone2: { intraContinentPerGb: 0.09, interContinentPerGb: 0.09, internetPerGb: 0.114 },
    zone3: { intraContinentPerGb: 0.138, interContinentPerGb: 0.138, internetPerGb: 0.15 },
  },
  gcp: {
    zone1: { intraContinentPerGb: 0.02, interContinentPerGb: 0.05, internetPerGb: 0.12 },
    zone2: { intraContinentPerGb: 0.05, interContinentPerGb: 0.08, internetPerGb: 0.12 },
    zone3: { intraContinentPerGb: 0.08, interContinentPerGb: 0.14, internetPerGb: 0.12 },
  },
};

/** Continents for the intra/inter-continent split; North America is one, China sits in Asia. */
export const CONTINENT_BY_GEOGRAPHY: Readonly<Record<Geography, string>> = {
  "United States": "North America",
  Canada: "North America",
  Mexico: "North America",
  "South America": "South America",
  Europe: "Europe",
  "Middle East": "Middle East",
  Africa: "Africa",
  "Asia Pacific": "Asia",
  China: "Asia",
};
