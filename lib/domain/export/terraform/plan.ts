// The address and naming plan every cloud module shares: one subnet per node group, carved from its
// region's address space in document order, plus one infrastructure block at the top of the range
// (VPN gateway, NAT, Kubernetes system pool, container environment). Computing CIDRs here rather than
// with cidrsubnet() keeps them readable in the .tf files and identical across clouds.

import { DEPLOYMENT_KIND, equivalentDeploymentType, resolveSize, type DeploymentKind } from "../../cost";
import type { DeploymentType, Link, NodeGroup, Provider, Region, TopologyDocument } from "../../schema";
import { formatCidr, parseCidr, subnet, type Cidr } from "../ipv4";
import { NameRegistry, dnsLabel, networkSlug, tfIdentifier } from "../names";
import type { NodeInstance } from "../nodes";
import { ExportError } from "../types";
import { ingressRulesFor, type IngressRule } from "./security-rules";

export interface GroupPlan {
  readonly group: NodeGroup;
  /** Terraform label. */
  readonly tf: string;
  /** DNS-safe name part for cloud resource names (at most 24 characters: Azure and GCP name limits leave no more). */
  readonly slug: string;
  /** Kubernetes object name (StatefulSet, Service) and helm/ and k8s/ file name: at most 52 characters. */
  readonly k8sName: string;
  readonly cidr: string;
  /** The group's deployment type on its region's provider (mapped when the document names another cloud's). */
  readonly deploymentType: DeploymentType;
  readonly kind: DeploymentKind;
  /** The group's machine size on its region's provider: another cloud's size becomes the closest equivalent here. */
  readonly vmSize: string;
  readonly nodes: readonly NodeInstance[];
  readonly rules: readonly IngressRule[];
  /** AWS subnets are zonal: the group's block split into up to three, one per availability zone. */
  readonly zonalCidrs: readonly string[];
}

export interface InfraBlock {
  /** Azure GatewaySubnet / the AWS public (NAT) subnet. */
  readonly gateway: string;
  /** AKS system node pool. */
  readonly system: string;
  /** Azure Container Apps environment (delegated subnet). */
  readonly containers: string;
  /** A second public subnet in another zone (AWS). */
  readonly spare: string;
}

export interface RegionPlan {
  readonly region: Region;
  readonly provider: Provider;
  readonly tf: string;
  /** DNS-safe name part for cloud resource names (at most 24 characters). */
  readonly slug: string;
  /** The region's folder under helm/ and k8s/ (at most 52 characters). */
  readonly k8sName: string;
  readonly cidr: string;
  readonly groups: readonly GroupPlan[];
  readonly infra: InfraBlock;
  readonly kinds: ReadonlySet<DeploymentKind>;
}

export interface LinkPlan {
  readonly link: Link;
  readonly tf: string;
  readonly from: RegionPlan;
  readonly to: RegionPlan;
}

export interface NetworkPlan {
  readonly doc: TopologyDocument;
  /** Default for var.network_name. */
  readonly slug: string;
  readonly regions: readonly RegionPlan[];
  /** Every region's address space: where p2p traffic may come from. */
  readonly networkCidrs: readonly string[];
  /** Links between two regions of the same provider (peering) and of different providers (VPN). */
  readonly sameCloudLinks: readonly LinkPlan[];
  readonly crossCloudLinks: readonly LinkPlan[];
  readonly warnings: readonly string[];
}

/** Suffixes of per-region infrastructure in the cloud modules (`azurerm_subnet.<region>_system`, ...). */
const RESERVED_LABELS = ["system", "containers", "gke", "aks", "ecs", "ebs_csi", "public", "private", "nat", "vpn", "gateway"];

/** Longest Kubernetes object name a group gets (StatefulSet: 63 less "-" and the 10-character revision hash). */
export const K8S_NAME_MAX = 52;

export function planNetwork(doc: TopologyDocument, nodes: readonly NodeInstance[]): NetworkPlan {
  const warnings: string[] = [];
  const tfNames = new NameRegistry(tfIdentifier, "_");
  // The modules name per-region infrastructure `<region>_<word>` beside `<region>_<group>`: a group called
  // "system" must not become the AKS system subnet's twin.
  for (const word of RESERVED_LABELS) tfNames.name(`reserved:${word}`, word);
  // Cloud resource names embed the slug beside prefixes and suffixes under tight limits (Azure VM scale sets,
  // GCP resources), hence 24. Kubernetes objects and bundle file names need not be cut as short: a StatefulSet
  // name must leave room in the 63-character controller-revision-hash label ("<name>-<10-char hash>"), hence 52.
  const slugs = new NameRegistry((raw) => dnsLabel(raw, 24), "-", 24);
  const k8sNames = new NameRegistry((raw) => dnsLabel(raw, K8S_NAME_MAX), "-", K8S_NAME_MAX);
  const networkCidrs = [...new Set(doc.regions.map((r) => formatCidr(parseCidr(r.cidr))))].sort();
  const nodesByGroup = new Map<string, NodeInstance[]>();
  for (const n of nodes) nodesByGroup.set(n.group.id, [...(nodesByGroup.get(n.group.id) ?? []), n]);

  const regions = doc.regions.map((region): RegionPlan => {
    const base = parseCidr(region.cidr);
    const groups = doc.nodeGroups.filter((g) => g.regionId === region.id);
    let prefix = Math.max(region.subnetPrefix, base.prefix + 1);
    if (prefix !== region.subnetPrefix) {
      warnings.push(`region ${region.id}: subnet prefix /${region.subnetPrefix} does not split ${region.cidr}; /${prefix} subnets used`);
    }
    // Blocks 0..n-1 for groups, the last block for infrastructure.
    const blocks = 2 ** (prefix - base.prefix);
    if (groups.length > blocks - 1) {
      throw new ExportError(
        `region ${region.id}: ${groups.length} node groups need ${groups.length + 1} /${prefix} subnets (one per group and one for gateways), but ${region.cidr} holds ${blocks}; use a larger address space or a longer subnet prefix`,
      );
    }
    if (prefix > 27) warnings.push(`region ${region.id}: /${prefix} subnets are too small for Kubernetes node pools and VPN gateways (a /27 or larger is needed)`);
    const infraBlock = subnet(base, prefix, blocks - 1);
    const quarter = Math.min(prefix + 2, 32);
    const infraPart = (i: number) => formatCidr(subnet(infraBlock, quarter, i));
    const groupPlans = groups.map((group, i): GroupPlan => {
      const cidr = subnet(base, prefix, i);
      const deploymentType = deploymentTypeIn(region.provider, group, warnings);
      // AWS runs VMs and Auto Scaling groups under one type (ec2): a scale-set group stays a scale set.
      const kind = deploymentType === "ec2" && (group.scale || DEPLOYMENT_KIND[group.deploymentType] === "scale-set") ? "scale-set" : DEPLOYMENT_KIND[deploymentType];
      if (kind === "containers") {
        warnings.push(`group ${group.id}: Terraform provisions the ${region.provider === "azure" ? "Container Apps environment" : "ECS Fargate cluster"} in ${region.id}; its node containers are started from the definitions in compose/ (one per node, with the node's key)`);
      }
      return {
        group,
        tf: tfNames.name(`group:${group.id}`, group.id),
        slug: slugs.name(`group:${group.id}`, group.id),
        k8sName: k8sNames.name(`group:${group.id}`, group.id),
        cidr: formatCidr(cidr),
        deploymentType,
        kind,
        vmSize: vmSizeIn(region.provider, group, warnings),
        nodes: nodesByGroup.get(group.id) ?? [],
        rules: ingressRulesFor(doc, group, region, networkCidrs),
        zonalCidrs: zonal(cidr),
      };
    });
    return {
      region,
      provider: region.provider,
      tf: tfNames.name(`region:${region.id}`, region.id),
      slug: slugs.name(`region:${region.id}`, region.id),
      k8sName: k8sNames.name(`region:${region.id}`, region.id),
      cidr: formatCidr(base),
      groups: groupPlans,
      infra: { gateway: infraPart(0), system: infraPart(1), containers: infraPart(2), spare: infraPart(3) },
      kinds: new Set(groupPlans.map((g) => g.kind)),
    };
  });

  const byId = new Map(regions.map((r) => [r.region.id, r]));
  const links = doc.links.flatMap((link): LinkPlan[] => {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    return from && to ? [{ link, tf: tfNames.name(`link:${link.id}`, link.id), from, to }] : [];
  });
  for (const l of links) {
    const same = l.from.provider === l.to.provider;
    if (!same && l.link.kind === "peering") {
      warnings.push(`link ${l.link.id} joins ${l.from.provider} and ${l.to.provider}: cloud peering cannot cross providers, so it is built as a site-to-site VPN`);
    }
  }
  return {
    doc,
    slug: networkSlug(doc.name),
    regions,
    networkCidrs,
    sameCloudLinks: links.filter((l) => l.from.provider === l.to.provider),
    crossCloudLinks: links.filter((l) => l.from.provider !== l.to.provider),
    warnings,
  };
}

function deploymentTypeIn(provider: Provider, group: NodeGroup, warnings: string[]): DeploymentType {
  const mapped = equivalentDeploymentType(group.deploymentType, provider, { autoscaled: group.scale !== undefined });
  if (mapped !== group.deploymentType) {
    warnings.push(`group ${group.id}: ${group.deploymentType} is not a deployment type of ${provider}; exported as ${mapped}`);
  }
  if (mapped === "cloudrun") {
    // Cloud Run serves HTTP(S) only: devp2p needs TCP and UDP on 30303, so these nodes run on a managed instance group.
    warnings.push(`group ${group.id}: Cloud Run cannot carry devp2p (TCP and UDP 30303); exported as a managed instance group (mig)`);
    return "mig";
  }
  return mapped;
}

/** A size the provider does not offer would fail at apply: another cloud's size maps to the closest one here. */
function vmSizeIn(provider: Provider, group: NodeGroup, warnings: string[]): string {
  const resolved = resolveSize(provider, group.vmSize);
  if (resolved.resolution !== "other-provider") return group.vmSize;
  warnings.push(`group ${group.id}: ${group.vmSize} is not a ${provider} size; exported as ${resolved.spec.name}, the closest equivalent`);
  return resolved.spec.name;
}

/** Up to three zonal subnets from a group's block (a quarter each), or the whole block when too small to split. */
function zonal(cidr: Cidr): string[] {
  if (cidr.prefix > 26) return [formatCidr(cidr)];
  return [0, 1, 2].map((i) => formatCidr(subnet(cidr, cidr.prefix + 2, i)));
}

/** Groups of one kind in a region, for per-kind resource sets. */
export function groupsOfKind(region: RegionPlan, kind: DeploymentKind): GroupPlan[] {
  return region.groups.filter((g) => g.kind === kind);
}

export function regionsOf(plan: NetworkPlan, provider: Provider): RegionPlan[] {
  return plan.regions.filter((r) => r.provider === provider);
}
