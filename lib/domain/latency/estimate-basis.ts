// What each provider's latency numbers rest on, in words the product can show next to an estimate.
// Only Azure publishes an inter-region matrix under a licence that allows bundling it (CC BY 4.0, measured.ts).
// Public AWS and Google Cloud matrices exist, but none we found may be redistributed; they are listed here
// so the next person does not repeat the search, and so nobody bundles them by mistake.

import type { Provider } from "../region-key";
import { AZURE_LATENCY_ATTRIBUTION } from "./measured";
import { DEFAULT_NEIGHBOUR_CORRECTION } from "./neighbour-correction";

export interface LatencyBasis {
  /** The bundled measurements for pairs within this provider, with attribution; null when none. */
  readonly measuredSource: string | null;
  /** What a pair without a measurement is estimated from. */
  readonly estimate: string;
}

const NEIGHBOUR_CORRECTED_FIT =
  "a fit of P95 round trip to great-circle distance and the pair of geographies, on the Azure table, " +
  `corrected by the measured Azure pairs whose ends lie near both ends of the pair (kernel ${DEFAULT_NEIGHBOUR_CORRECTION.kernelKm} km)`;

export const LATENCY_BASIS: Readonly<Record<Provider, LatencyBasis>> = Object.freeze({
  azure: {
    measuredSource: AZURE_LATENCY_ATTRIBUTION,
    estimate: `Pairs missing from the table: ${NEIGHBOUR_CORRECTED_FIT}.`,
  },
  aws: {
    measuredSource: null,
    estimate:
      `No AWS measurements are bundled. Estimates are ${NEIGHBOUR_CORRECTED_FIT}: this assumes AWS paths ` +
      "between two metros are as long as Azure's, which holds where both use the same cable systems and is " +
      "unchecked for AWS-only routes.",
  },
  gcp: {
    measuredSource: null,
    estimate:
      `No Google Cloud measurements are bundled. Estimates are ${NEIGHBOUR_CORRECTED_FIT}: this assumes ` +
      "Google's paths between two metros are as long as Azure's; Google's private cables may be shorter.",
  },
});

export interface UnbundledLatencySource {
  readonly provider: Provider;
  readonly name: string;
  readonly url: string;
  /** What it reports: statistic and period. */
  readonly reports: string;
  readonly whyNotBundled: string;
}

/** Public inter-region latency sources checked and left out, with the reason. */
export const UNBUNDLED_LATENCY_SOURCES: readonly UnbundledLatencySource[] = Object.freeze([
  {
    provider: "aws",
    name: "CloudPing.co",
    url: "https://www.cloudping.co/",
    reports: "AWS region-to-region round trips over TCP, percentiles p10 to p99 over 1 day to 1 year",
    whyNotBundled:
      "The code (github.com/mda590/cloudping.co) is MIT; the data has no licence, and the question asking for one " +
      "(issue #37, 2021) is unanswered.",
  },
  {
    provider: "gcp",
    name: "Google Cloud Performance Dashboard, Google Cloud latency view",
    url: "https://cloud.google.com/network-intelligence-center/docs/performance-dashboard/how-to/view-google-cloud-latency",
    reports: "median zone-pair and region-pair round trips across Google Cloud, last hours to weeks",
    whyNotBundled:
      "The numbers are shown only in the Cloud console and its monitoring API, under the Google Cloud terms, " +
      "not in the CC BY documentation.",
  },
  {
    provider: "gcp",
    name: "GCPing",
    url: "https://github.com/GoogleCloudPlatform/gcping",
    reports: "median latency from the user's browser or machine to each region",
    whyNotBundled: "Apache-2.0 code, but it measures client-to-region, not region-to-region; it publishes no matrix.",
  },
]);
