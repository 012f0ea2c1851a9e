// Shapes of the cost model's answers and options.

import type { DeploymentType, NodeRole, Provider } from "../schema/enums";
import type { AksTier } from "./prices";
import type { RegionCatalog } from "./region-catalog";
import type { SizeResolution } from "./size-resolution";

export type CostCategory = "compute" | "storage" | "platform" | "egress" | "network";

/**
 * One priced item: quantity x unit price = monthly cost, so the UI can show the arithmetic. E.g. compute
 * "Standard_D4s_v5", 2,920 VM-hour x $0.192; storage "Standard SSD (LRS)", 1,024 GB-month x $0.075.
 */
export interface CostLine {
  readonly category: CostCategory;
  /** What is priced: a size, a product, or a kind of traffic. */
  readonly label: string;
  readonly quantity: number;
  /** "VM-hour", "vCPU-hour", "GiB-hour", "GB-month", "IOPS-month", "LB-hour", "GB", "cluster-hour". */
  readonly unit: string;
  /** Already scaled by the regional multiplier. */
  readonly unitPriceUsd: number;
  readonly monthlyUsd: number;
}

/**
 * Where a region's price level came from: its own figure in the regional table, the typical figure for its
 * geography (or sovereign cloud) because the table has none for it, or nothing at all ("unpriced": the region
 * is not in the region catalog, or the group's region is not in the document) so reference-region prices
 * stand in and the figure is a placeholder.
 */
export type PriceSourceKind = "regional" | "geography-default" | "unpriced";

/** A region priced without any price figure; its groups' costs are reference-region placeholders. */
export interface UnpricedRegion {
  /** The document's region id (or a group's dangling regionId). */
  readonly regionId: string;
  readonly provider: Provider;
  /** The provider's region id as the document names it; "" when the document has no such region. */
  readonly providerRegion: string;
  /** The multiplier that stood in (UNKNOWN_REGION_MULTIPLIER). */
  readonly multiplier: number;
  /** Why and how it was priced, for a warning. */
  readonly message: string;
}

export interface NodeGroupCost {
  readonly groupId: string;
  readonly regionId: string;
  readonly provider: Provider;
  /** The provider's region id the group is priced in (eastus, us-east-1), when the document names one. */
  readonly providerRegion: string;
  readonly role: NodeRole;
  readonly count: number;
  /** The type priced: the group's own, or its equivalent when it doesn't belong to the region's provider. */
  readonly deploymentType: DeploymentType;
  /** The size priced: the group's vmSize when listed, else what it was priced as. */
  readonly pricedSize: string;
  readonly vcpu: number;
  readonly memoryGiB: number;
  readonly monthlyUsd: number;
  readonly compute: number;
  readonly storage: number;
  /** Per-group platform charges (load balancers). Kubernetes control planes are per region: see TopologyCost. */
  readonly platform: number;
  readonly egress: number;
  readonly lines: readonly CostLine[];
  readonly assumptions: readonly string[];
  readonly priceSource: PriceSourceKind;
  readonly regionalMultiplier: number;
  readonly sizeResolution: SizeResolution;
  /** Set when vmSize is not in the provider's price table: the figure is an estimate. */
  readonly unknownSize?: boolean;
}

/** A managed Kubernetes control plane: one per region that runs any aks/eks/gke group. */
export interface ClusterFee {
  readonly regionId: string;
  readonly provider: Provider;
  readonly deploymentType: DeploymentType;
  readonly monthlyUsd: number;
  readonly line: CostLine;
}

export interface TopologyCost {
  readonly totalMonthlyUsd: number;
  readonly computeMonthlyUsd: number;
  readonly storageMonthlyUsd: number;
  /** Group platform charges plus cluster fees. */
  readonly platformMonthlyUsd: number;
  readonly egressMonthlyUsd: number;
  /** The network an export builds: NAT, VPN, Virtual WAN, p2p load balancers, private DNS (see networkFees). */
  readonly networkMonthlyUsd: number;
  readonly networkFees: readonly NetworkFee[];
  readonly byGroup: Readonly<Record<string, NodeGroupCost>>;
  /** Every region of the document, including its cluster fee and network; 0 for a region without either. */
  readonly byRegion: Readonly<Record<string, number>>;
  /** All three providers, 0 where the document has nothing. */
  readonly byProvider: Readonly<Record<Provider, number>>;
  readonly clusterFees: Readonly<Record<string, ClusterFee>>;
  /** General assumptions first, then each region's and group's own notes. */
  readonly assumptions: readonly string[];
  /** Regions with no price figure at all, in document order; empty when every region is priced. Show as warnings. */
  readonly unpricedRegions: readonly UnpricedRegion[];
  /** YYYY-MM the price tables were compiled (see PRICE_SOURCES). */
  readonly pricesAsOf: string;
}

export interface CostOptions {
  /** Region facts (geography, coordinates, classification); defaults to Meridian's catalog. */
  readonly catalog?: RegionCatalog;
  /** AKS control-plane tier; default "standard" (the tier with an uptime SLA, which production networks use). */
  readonly aksTier?: AksTier;
  /** Subtract GKE's monthly free-tier credit once (only if one of the clusters is zonal or Autopilot). Default false. */
  readonly applyGkeFreeTierCredit?: boolean;
  /** GB each node of a role sends to peers per month; defaults in DEFAULT_TRAFFIC_GB_PER_NODE_MONTH. */
  readonly trafficGbPerNodeMonth?: Partial<Record<NodeRole, number>>;
  /** IOPS provisioned per AWS io2 (premium) volume; default DEFAULT_PREMIUM_IOPS. */
  readonly premiumDiskIops?: number;
}

/** A fee of the network plumbing (gateways, VPNs, load balancers, DNS zones), in the region that pays it. */
export interface NetworkFee {
  readonly regionId: string;
  readonly provider: Provider;
  readonly line: CostLine;
}
