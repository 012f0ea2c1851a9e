// Everything about a document that pricing its groups needs, computed once per document: region facts,
// price levels and blended egress. Pricing each group is then O(1), so a topology prices in O(groups + regions^2).

import type { RegionInfo } from "../catalog/types";
import type { Region, TopologyDocument } from "../schema";
import { blendEgress, type EgressEndpoint, type RegionEgress } from "./egress-model";
import {
  DEFAULT_PREMIUM_IOPS, DEFAULT_TRAFFIC_GB_PER_NODE_MONTH, HOURS_PER_MONTH, KUBERNETES_CONTROL_PLANE_HOURLY,
  PRICES_AS_OF, type AksTier, type TrafficGbPerNodeMonth,
} from "./prices";
import { DEFAULT_REGION_CATALOG, type RegionCatalog } from "./region-catalog";
import { regionalMultiplier, type RegionalMultiplier } from "./regional-multiplier";
import type { CostOptions } from "./types";

export interface RegionPricing {
  readonly region: Region;
  readonly info: RegionInfo | undefined;
  readonly level: RegionalMultiplier;
  readonly egress: RegionEgress;
}

export interface PricingContext {
  readonly regions: ReadonlyMap<string, RegionPricing>;
  readonly traffic: TrafficGbPerNodeMonth;
  readonly aksTier: AksTier;
  readonly applyGkeFreeTierCredit: boolean;
  readonly premiumDiskIops: number;
}

export function buildPricingContext(doc: TopologyDocument, options: CostOptions = {}): PricingContext {
  const catalog: RegionCatalog = options.catalog ?? DEFAULT_REGION_CATALOG;
  const nodesByRegion = new Map<string, number>();
  for (const g of doc.nodeGroups) nodesByRegion.set(g.regionId, (nodesByRegion.get(g.regionId) ?? 0) + g.count);

  const endpoints: EgressEndpoint[] = doc.regions.map((r) => ({
    provider: r.provider,
    providerRegion: r.region,
    info: catalog.getRegion(r.provider, r.region),
    nodes: nodesByRegion.get(r.id) ?? 0,
  }));
  const egress = blendEgress(endpoints);

  const regions = new Map<string, RegionPricing>();
  doc.regions.forEach((region, i) => {
    const info = endpoints[i]?.info;
    const blended = egress[i];
    if (!blended) return;
    regions.set(region.id, { region, info, level: regionalMultiplier(region.provider, region.region, info), egress: blended });
  });

  return {
    regions,
    traffic: { ...DEFAULT_TRAFFIC_GB_PER_NODE_MONTH, ...definedOnly(options.trafficGbPerNodeMonth) },
    aksTier: options.aksTier ?? "standard",
    applyGkeFreeTierCredit: options.applyGkeFreeTierCredit ?? false,
    premiumDiskIops: options.premiumDiskIops ?? DEFAULT_PREMIUM_IOPS,
  };
}

function definedOnly<T extends object>(partial: T | undefined): Partial<T> {
  if (!partial) return {};
  return Object.fromEntries(Object.entries(partial).filter(([, v]) => typeof v === "number" && Number.isFinite(v) && v >= 0)) as Partial<T>;
}

/** What every estimate assumes, stated once for the whole topology. */
export function generalAssumptions(ctx: PricingContext): string[] {
  const t = ctx.traffic;
  return [
    `List prices compiled ${PRICES_AS_OF}, USD, on-demand Linux, no reservations, savings plans or free tiers; ${HOURS_PER_MONTH} hours a month.`,
    "Regional prices are the reference region's price times the region's multiplier; compute, disks and containers share one multiplier.",
    "Each node runs on its own VM of the group's size (Kubernetes worker nodes included); OS disks and monitoring are not counted.",
    "Groups are priced at their count; autoscaling above it costs more.",
    `Managed Kubernetes: one control plane per region that runs aks/eks/gke groups: AKS ${ctx.aksTier} tier ($${KUBERNETES_CONTROL_PLANE_HOURLY.aks[ctx.aksTier]}/h), EKS standard support ($${KUBERNETES_CONTROL_PLANE_HOURLY.eks}/h), GKE regional cluster ($${KUBERNETES_CONTROL_PLANE_HOURLY.gke}/h, free-tier credit ${ctx.applyGkeFreeTierCredit ? "applied once" : "not applied"}).`,
    "Serverless containers (ACA, Fargate/ECS, Cloud Run) are billed for an always-on replica with the node size's vCPU and memory; chain data on a volume priced like the provider's disk.",
    `Storage: one data disk per node; standard = Azure Standard SSD / AWS gp3 / GCP pd-balanced, premium = Azure Premium SSD / AWS io2 (${ctx.premiumDiskIops} IOPS) / GCP pd-ssd.`,
    `Cross-region traffic per node per month: validator ${t.validator} GB, bootnode ${t.bootnode} GB, RPC ${t.rpc} GB, archive ${t.archive} GB, member ${t.member} GB, spread evenly over all other nodes; only traffic leaving a region is charged, cross-cloud and sovereign-boundary traffic at internet egress rates.`,
    "RPC groups exposed beyond their subnet (internal or public) pay for one load balancer, except on ACA and Cloud Run whose ingress is included.",
    "The network the export builds is priced per hour: a NAT gateway per region, VPN gateways and connections for each link between clouds, a Virtual WAN hub for Azure hub-spoke, an internal load balancer address per Kubernetes validator and bootnode, and one private DNS zone per cloud; traffic between regions is in egress.",
  ];
}
