// Where the cost model's prices come from and how old they are, so the UI can show it next to every figure.
// All prices are USD list prices (pay-as-you-go / on-demand, Linux, no discounts, no free tiers unless stated).
// Compiled 2026-11 from the compiler's knowledge of the providers' published list prices, not fetched live:
// treat every figure as an estimate and check it against the provider's calculator before committing a budget.

import type { Provider } from "../../schema/enums";

/** 730 hours: the month every provider's calculator uses (8,760 h / 12). */
export const HOURS_PER_MONTH = 730;

export const PRICE_CURRENCY = "USD";

/** The month the price tables were compiled, YYYY-MM. */
export const PRICES_AS_OF = "2026-11";

export interface PriceSource {
  readonly provider: Provider;
  /** The published price list the figures were taken from. */
  readonly name: string;
  readonly urls: readonly string[];
  /** YYYY-MM the table was compiled. */
  readonly asOf: string;
  readonly currency: typeof PRICE_CURRENCY;
  /** The region whose prices are the base that regional multipliers scale. */
  readonly referenceRegion: string;
  readonly notes: readonly string[];
}

export const PRICE_SOURCES: Readonly<Record<Provider, PriceSource>> = Object.freeze({
  azure: {
    provider: "azure",
    name: "Azure Retail Prices API / azure.microsoft.com pricing pages",
    urls: [
      "https://prices.azure.com/api/retail/prices",
      "https://azure.microsoft.com/pricing/details/virtual-machines/linux/",
      "https://azure.microsoft.com/pricing/details/managed-disks/",
      "https://azure.microsoft.com/pricing/details/kubernetes-service/",
      "https://azure.microsoft.com/pricing/details/container-apps/",
      "https://azure.microsoft.com/pricing/details/bandwidth/",
    ],
    asOf: PRICES_AS_OF,
    currency: PRICE_CURRENCY,
    referenceRegion: "eastus",
    notes: [
      "VMs: pay-as-you-go Linux hourly price in East US.",
      "Azure China (21Vianet) publishes CNY prices; its multiplier is an approximate conversion at 7.1 CNY/USD.",
      "Regions without their own figure are approximated from the nearest priced region (regional-multipliers-azure.ts).",
    ],
  },
  aws: {
    provider: "aws",
    name: "AWS Price List (EC2 on-demand, Linux)",
    urls: [
      "https://aws.amazon.com/ec2/pricing/on-demand/",
      "https://aws.amazon.com/ebs/pricing/",
      "https://aws.amazon.com/eks/pricing/",
      "https://aws.amazon.com/fargate/pricing/",
      "https://aws.amazon.com/elasticloadbalancing/pricing/",
    ],
    asOf: PRICES_AS_OF,
    currency: PRICE_CURRENCY,
    referenceRegion: "us-east-1",
    notes: [
      "EC2: on-demand Linux, shared tenancy, hourly price in US East (N. Virginia).",
      "AWS China (Sinnet/NWCD) publishes CNY prices; its multiplier is an approximate conversion at 7.1 CNY/USD.",
      "Regions without their own figure are approximated from the nearest priced region (regional-multipliers-aws.ts).",
    ],
  },
  gcp: {
    provider: "gcp",
    name: "Google Cloud Compute Engine pricing",
    urls: [
      "https://cloud.google.com/compute/vm-instance-pricing",
      "https://cloud.google.com/compute/disks-image-pricing",
      "https://cloud.google.com/kubernetes-engine/pricing",
      "https://cloud.google.com/run/pricing",
      "https://cloud.google.com/vpc/network-pricing",
    ],
    asOf: PRICES_AS_OF,
    currency: PRICE_CURRENCY,
    referenceRegion: "us-central1",
    notes: [
      "Compute Engine: on-demand price in Iowa (us-central1), without sustained-use discounts.",
      "Network: Premium Tier.",
      "Regions without their own figure are approximated from the nearest priced region (regional-multipliers-gcp.ts).",
    ],
  },
});
