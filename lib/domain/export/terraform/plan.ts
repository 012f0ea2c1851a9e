// The address and naming plan every cloud module shares: one subnet per node group, carved from its
// region's address space in document order, plus one infrastructure block at the top of the range
// (VPN gateway, NAT, Kubernetes system pool, container environment, p2p load balancers). Computing CIDRs
// here rather than with cidrsubnet() keeps them readable in the .tf files and identical across clouds.
// What reaches what comes from the connectivity model (net/connectivity), never from a second opinion here.

import { classifyFromCatalog } from "../../consensus";
import { deploymentKindIn, equivalentDeploymentType, resolveSize, type DeploymentKind } from "../../cost";
import { planAddresses, type AddressPlan, type ClusterRanges } from "../../net/address-plan";
import { buildConnectivity, peersOf, type ConnectivityModel, type Crossing, type Fabric } from "../../net/connectivity";
import { cidr, formatRange, mergeCidrs, subnetOf, type Ipv4Range } from "../../net/ipv4";
import type { DeploymentType, NodeGroup, Provider, Region, TopologyDocument } from "../../schema";
import { NameRegistry, dnsLabel, networkSlug, tfIdentifier } from "../names";
import { nodeAddresses, type P2pAddress } from "../node-addresses";
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
  /** Internal load balancers that give Kubernetes nodes their p2p address. */
  readonly loadBalancers: string;
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
  readonly index: number;
  readonly fabric: Fabric;
  /** Prefixes other networks route to this region and allow p2p from (its network; GKE pods). */
  readonly routed: readonly string[];
  /** Regions with a packet path to this one, itself included (the connectivity model's answer). */
  readonly peers: readonly number[];
  /** Where p2p traffic may come from: the routed prefixes of every peer region. */
  readonly p2pSources: readonly string[];
  /** Pod and service ranges of the region's Kubernetes cluster. */
  readonly cluster?: ClusterRanges;
}

/** A VPN between two clouds (one crossing of the connectivity model) and what each side routes over it. */
export interface CrossingPlan {
  readonly crossing: Crossing;
  readonly tf: string;
  /** The regions holding each side's gateway. */
  readonly gateways: readonly [RegionPlan, RegionPlan];
  /** Prefixes of each side: what the other side routes into the tunnel. */
  readonly prefixes: readonly [readonly string[], readonly string[]];
  /** Regions of each side. */
  readonly sides: readonly [readonly RegionPlan[], readonly RegionPlan[]];
}

export interface NetworkPlan {
  readonly doc: TopologyDocument;
  /** Default for var.network_name. */
  readonly slug: string;
  /** The private DNS zone every node name lives in: `<slug>.internal`. */
  readonly dnsZone: string;
  readonly model: ConnectivityModel;
  readonly addresses: AddressPlan;
  readonly regions: readonly RegionPlan[];
  readonly crossings: readonly CrossingPlan[];
  /** Terraform label of each declared link between regions of a Virtual WAN fabric (a direct VNet peering). */
  readonly directLinkLabels: ReadonlyMap<string, string>;
  /** Every node's p2p address, by node name. */
  readonly p2p: ReadonlyMap<string, P2pAddress>;
  readonly warnings: readonly string[];
}

/** Suffixes of per-region infrastructure in the cloud modules (`azurerm_subnet.<region>_system`, ...). */
const RESERVED_LABELS = ["system", "containers", "gke", "aks", "ecs", "ebs_csi", "public", "private", "nat", "vpn", "gateway", "lb", "hub", "p2p"];

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
  const nodesByGroup = new Map<string, NodeInstance[]>();
  for (const n of nodes) nodesByGroup.set(n.group.id, [...(nodesByGroup.get(n.group.id) ?? []), n]);
  const model = buildConnectivity(doc, classifyFromCatalog);

  const kindsOf = doc.regions.map((region) => new Set(doc.nodeGroups.filter((g) => g.regionId === region.id).map((g) => kindOf(region.provider, g))));
  const addresses = planAddresses({
    regions: doc.regions,
    hasCluster: (i) => kindsOf[i]!.has("kubernetes"),
    hasHub: model.fabrics.some((f) => f.kind === "azure-virtual-wan"),
  });
  if (addresses.problems.length > 0) throw new ExportError(addresses.problems.join("; "));
  const peers = doc.regions.map((_, i) => peersOf(model, i));

  const regions = doc.regions.map((region, index): RegionPlan => {
    const base = cidr(region.cidr);
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
    const infraBlock = subnetOf(base, prefix, blocks - 1);
    const quarter = Math.min(prefix + 2, 32);
    const infraPart = (i: number) => formatRange(subnetOf(infraBlock, quarter, i));
    const groupPlans = groups.map((group, i): GroupPlan => {
      const block = subnetOf(base, prefix, i);
      const deploymentType = deploymentTypeIn(region.provider, group, warnings);
      const kind = kindOf(region.provider, group);
      if (kind === "containers") {
        warnings.push(`group ${group.id}: Terraform provisions the ${region.provider === "azure" ? "Container Apps environment" : "ECS Fargate cluster"} in ${region.id}; its node containers are started from the definitions in compose/ (one per node, with the node's key)`);
      }
      return {
        group,
        tf: tfNames.name(`group:${group.id}`, group.id),
        slug: slugs.name(`group:${group.id}`, group.id),
        k8sName: k8sNames.name(`group:${group.id}`, group.id),
        cidr: formatRange(block),
        deploymentType,
        kind,
        vmSize: vmSizeIn(region.provider, group, warnings),
        nodes: nodesByGroup.get(group.id) ?? [],
        rules: [],
        zonalCidrs: zonal(block),
      };
    });
    const p2pSources = mergeCidrs(peers[index]!.flatMap((j) => addresses.routed[j]!));
    return {
      region,
      provider: region.provider,
      tf: tfNames.name(`region:${region.id}`, region.id),
      slug: slugs.name(`region:${region.id}`, region.id),
      k8sName: k8sNames.name(`region:${region.id}`, region.id),
      cidr: formatRange(base),
      groups: groupPlans.map((g) => ({ ...g, rules: ingressRulesFor(doc, g.group, region, p2pSources) })),
      infra: { gateway: infraPart(0), system: infraPart(1), containers: infraPart(2), loadBalancers: infraPart(3) },
      kinds: kindsOf[index]!,
      index,
      fabric: model.fabrics[model.fabricOf[index]!]!,
      routed: addresses.routed[index]!,
      peers: peers[index]!,
      p2pSources,
      ...(addresses.clusters.has(index) ? { cluster: addresses.clusters.get(index)! } : {}),
    };
  });

  const crossings = model.crossings.map((crossing): CrossingPlan => {
    const sides = crossing.sides.map((side) => side.map((i) => regions[i]!)) as [RegionPlan[], RegionPlan[]];
    const prefixes = sides.map((side) => [...new Set(side.flatMap((r) => r.routed))]) as [string[], string[]];
    return {
      crossing,
      tf: tfNames.name(`link:${crossing.id}`, crossing.id),
      gateways: [regions[crossing.gateways[0]]!, regions[crossing.gateways[1]]!],
      prefixes,
      sides,
    };
  });
  for (const c of crossings) {
    const link = doc.links[c.crossing.linkIndexes[0]!]!;
    const [a, b] = c.gateways;
    if (link.kind === "peering") warnings.push(`link ${link.id} joins ${a.provider} and ${b.provider}: cloud peering cannot cross providers, so it is built as a site-to-site VPN`);
    if (link.kind === "interconnect") warnings.push(`link ${link.id} is an interconnect: it is built as a site-to-site VPN between the same gateways; a partner interconnect (ExpressRoute, Direct Connect, Cloud Interconnect) can replace it later`);
  }
  for (const u of model.unusedLinks) {
    if (u.reason === "duplicate") warnings.push(`link ${u.id} joins the same two VPN gateways as link ${u.crossingId}: both are one VPN`);
    if (u.reason === "sovereign-boundary") warnings.push(`link ${u.id} crosses a sovereign-cloud boundary: nothing is built for it`);
  }
  const directLinkLabels = new Map(model.directLinks.map((d) => [d.id, tfNames.name(`link:${d.id}`, d.id)]));
  const slug = networkSlug(doc.name);
  return { doc, slug, dnsZone: `${slug}.internal`, model, addresses, regions, crossings, directLinkLabels, p2p: nodeAddresses(regions, doc.network.consensus), warnings };
}

const kindOf = (provider: Provider, group: NodeGroup): DeploymentKind => deploymentKindIn(provider, group);

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
function zonal(block: Ipv4Range): string[] {
  if (block.prefix > 26) return [formatRange(block)];
  return [0, 1, 2].map((i) => formatRange(subnetOf(block, block.prefix + 2, i)));
}

/** Groups of one kind in a region, for per-kind resource sets. */
export function groupsOfKind(region: RegionPlan, kind: DeploymentKind): GroupPlan[] {
  return region.groups.filter((g) => g.kind === kind);
}

export function regionsOf(plan: NetworkPlan, provider: Provider): RegionPlan[] {
  return plan.regions.filter((r) => r.provider === provider);
}
