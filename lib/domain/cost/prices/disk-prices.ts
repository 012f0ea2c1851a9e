// Managed disks per GB-month in each provider's reference region, USD, compiled 2026-11.
// Sources: azure.microsoft.com/pricing/details/managed-disks, aws.amazon.com/ebs/pricing,
// cloud.google.com/compute/disks-image-pricing.
// Azure sells disks in fixed tiers (E30 = 1 TiB = $76.80, P30 = 1 TiB = $135.17); the per-GB figures here are
// those tiers' prices per GiB, so sizes between tiers are slightly under-priced.

import type { Provider } from "../../schema/enums";

export type StorageTier = "standard" | "premium";

export interface DiskPrice {
  /** The provider's product that the document's storage tier maps to. */
  readonly product: string;
  readonly gbMonthUsd: number;
  /** Provisioned IOPS price (AWS io2 only): the disk's IOPS are a separate line. */
  readonly iopsMonthUsd?: number;
}

export const DISK_PRICES: Readonly<Record<Provider, Readonly<Record<StorageTier, DiskPrice>>>> = {
  azure: {
    standard: { product: "Standard SSD (LRS)", gbMonthUsd: 0.075 },
    premium: { product: "Premium SSD (LRS)", gbMonthUsd: 0.132 },
  },
  aws: {
    standard: { product: "EBS gp3", gbMonthUsd: 0.08 },
    premium: { product: "EBS io2", gbMonthUsd: 0.125, iopsMonthUsd: 0.065 },
  },
  gcp: {
    standard: { product: "pd-balanced", gbMonthUsd: 0.1 },
    premium: { product: "pd-ssd", gbMonthUsd: 0.17 },
  },
};

/**
 * IOPS provisioned per premium io2 volume unless the caller says otherwise: 3,000 matches gp3's free baseline
 * and is below Azure P30's 5,000, so AWS premium is not made to look cheap.
 */
export const DEFAULT_PREMIUM_IOPS = 3000;
