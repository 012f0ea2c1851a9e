// The monthly cost of one node group: compute, its disks, per-group platform charges and cross-region egress.

import type { NodeGroup, TopologyDocument } from "../schema";
import type { DeploymentType } from "../schema/enums";
import { controlPlaneHourly } from "./cluster-fees";
import { costLine, sumLines } from "./cost-line";
import { DEPLOYMENT_KIND, equivalentDeploymentType, providerOfDeploymentType } from "./deployment-equivalence";
import { NO_EGRESS, type EgressClass } from "./egress-model";
import {
  CONTAINER_RATES, DISK_PRICES, HOURS_PER_MONTH, LOAD_BALANCER_HOURLY,
  UNKNOWN_REGION_MULTIPLIER, type ContainerRate,
} from "./prices";
import { buildPricingContext, generalAssumptions, type PricingContext, type RegionPricing } from "./pricing-context";
import { resolveSize } from "./size-resolution";
import type { CostLine, CostOptions, NodeGroupCost } from "./types";

const CONTAINER_RATE_BY_TYPE: Partial<Record<DeploymentType, ContainerRate>> = CONTAINER_RATES;

// Line labels are existing strings (size and product names, these constants), never built per group: the
// quantity, unit and unit price carry the arithmetic, and a topology of thousands of groups stays cheap to price.
const EGRESS_LABELS: Readonly<Record<EgressClass, string>> = {
  intraContinent: "Traffic to other regions on the same continent",
  interContinent: "Traffic to regions on other continents",
  internet: "Traffic to other clouds or across a sovereign-cloud boundary (internet egress)",
};
const LOAD_BALANCER_LABELS = { internal: "Load balancer (internal RPC)", public: "Load balancer (public RPC)" } as const;
const EGRESS_CLASSES: readonly EgressClass[] = ["intraContinent", "interContinent", "internet"];

/**
 * Prices one group on its own. Its `assumptions` include the general ones and its region's price-level note
 * (a geography default or an unpriced region); a Kubernetes control-plane fee is
 * shared by the region's groups and so is counted by priceTopology, not here (the assumptions say so).
 */
export function priceNodeGroup(doc: TopologyDocument, group: NodeGroup, options: CostOptions = {}): NodeGroupCost {
  const ctx = buildPricingContext(doc, options);
  const cost = priceGroupInContext(ctx, group);
  const extra = generalAssumptions(ctx);
  const regionNote = ctx.regions.get(group.regionId)?.level.note;
  if (regionNote) extra.push(regionNote);
  if (DEPLOYMENT_KIND[cost.deploymentType] === "kubernetes") {
    const hourly = controlPlaneHourly(cost.provider, ctx.aksTier);
    extra.push(`The region's ${cost.deploymentType} control plane ($${(hourly * HOURS_PER_MONTH).toFixed(2)}/month) is shared by its groups and counted once per region by priceTopology, not in this group's total.`);
  }
  return { ...cost, assumptions: [...extra, ...cost.assumptions] };
}

/** Prices a group against a prepared context: O(1). Its assumptions are only the group's own notes. */
export function priceGroupInContext(ctx: PricingContext, group: NodeGroup): NodeGroupCost {
  const notes: string[] = [];
  const where = ctx.regions.get(group.regionId) ?? missingRegion(group, notes);
  const provider = where.region.provider;
  const multiplier = where.level.multiplier;

  const deploymentType = equivalentDeploymentType(group.deploymentType, provider, { autoscaled: group.scale !== undefined });
  if (deploymentType !== group.deploymentType) {
    notes.push(`${group.id}: ${group.deploymentType} does not run on ${provider}; priced as ${deploymentType}`);
  }
  const kind = DEPLOYMENT_KIND[deploymentType];
  const size = resolveSize(provider, group.vmSize);
  if (size.note) notes.push(`${group.id}: ${size.note}`);
  const spec = size.spec;
  const count = group.count;
  const lines: CostLine[] = [];

  // Compute.
  const containerRate = kind === "containers" ? CONTAINER_RATE_BY_TYPE[deploymentType] : undefined;
  if (containerRate) {
    const hours = count * HOURS_PER_MONTH;
    lines.push(costLine("compute", containerRate.label, hours * spec.vcpu, "vCPU-hour", containerRate.vcpuHourlyUsd * multiplier));
    lines.push(costLine("compute", containerRate.label, hours * spec.memoryGiB, "GiB-hour", containerRate.gibHourlyUsd * multiplier));
    if (spec.vcpu > containerRate.maxVcpu || spec.memoryGiB > containerRate.maxMemoryGiB) {
      notes.push(`${group.id}: ${spec.vcpu} vCPU / ${spec.memoryGiB} GiB exceeds a ${containerRate.label} replica (max ${containerRate.maxVcpu} vCPU / ${containerRate.maxMemoryGiB} GiB); priced at the same rates`);
    }
  } else {
    lines.push(costLine("compute", spec.name, count * HOURS_PER_MONTH, "VM-hour", spec.hourlyUsd * multiplier));
  }

  // Storage: one data disk per node.
  const disk = DISK_PRICES[provider][group.storage.type];
  lines.push(costLine("storage", disk.product, count * group.storage.sizeGB, "GB-month", disk.gbMonthUsd * multiplier));
  if (disk.iopsMonthUsd !== undefined) {
    lines.push(costLine("storage", disk.product, count * ctx.premiumDiskIops, "IOPS-month", disk.iopsMonthUsd * multiplier));
  }

  // Platform: a load balancer for RPC reachable beyond its subnet; ACA and Cloud Run include ingress.
  if (group.role === "rpc" && group.exposure !== "private" && deploymentType !== "aca" && deploymentType !== "cloudrun") {
    lines.push(costLine("platform", LOAD_BALANCER_LABELS[group.exposure], HOURS_PER_MONTH, "LB-hour", LOAD_BALANCER_HOURLY[provider] * multiplier));
  }

  // Egress: the role's monthly traffic, split by where the peers are.
  const trafficGb = count * ctx.traffic[group.role];
  for (const cls of EGRESS_CLASSES) {
    const share = where.egress.shares[cls];
    if (share > 0 && trafficGb > 0) {
      lines.push(costLine("egress", EGRESS_LABELS[cls], trafficGb * share, "GB", where.egress.perGbUsd[cls]));
    }
  }

  const compute = sumLines(lines, "compute");
  const storage = sumLines(lines, "storage");
  const platform = sumLines(lines, "platform");
  const egress = sumLines(lines, "egress");
  return {
    groupId: group.id,
    regionId: group.regionId,
    provider,
    providerRegion: where.region.region,
    role: group.role,
    count,
    deploymentType,
    pricedSize: spec.name,
    vcpu: spec.vcpu,
    memoryGiB: spec.memoryGiB,
    monthlyUsd: compute + storage + platform + egress,
    compute,
    storage,
    platform,
    egress,
    lines,
    assumptions: notes,
    priceSource: where.level.priceSource,
    regionalMultiplier: multiplier,
    sizeResolution: size.resolution,
    ...(size.resolution === "listed" ? {} : { unknownSize: true }),
  };
}

/** A group whose regionId resolves to nothing (the schema rejects this; an in-progress edit may not). */
function missingRegion(group: NodeGroup, notes: string[]): RegionPricing {
  const provider = providerOfDeploymentType(group.deploymentType);
  notes.push(`${group.id}: region '${group.regionId}' is not in the document; priced at ${provider} reference-region prices without egress`);
  return {
    region: { id: group.regionId, provider, region: "", primary: false, cidr: "0.0.0.0/0", subnetPrefix: 24 },
    info: undefined,
    level: { multiplier: UNKNOWN_REGION_MULTIPLIER, priceSource: "unpriced" },
    egress: NO_EGRESS,
  };
}
