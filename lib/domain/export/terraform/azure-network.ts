// Azure networks: per region a resource group, VNet, one subnet per node group (and the system, container
// and load-balancer subnets), a NAT gateway for egress; between regions what the connectivity model's
// fabric says: global VNet peering between every pair (both directions: a peering is one-way), or a
// Virtual WAN whose hub in the hub region connects every VNet (peering is not transitive; the hub routes
// spoke to spoke), plus a direct peering for each declared link between two of its regions.

import { block, comment, raw, tpl, type Block, type BodyInput, type Item } from "./hcl";
import type { NetworkPlan, RegionPlan } from "./plan";

export const rg = (r: RegionPlan) => `azurerm_resource_group.${r.tf}`;
export const vnet = (r: RegionPlan) => `azurerm_virtual_network.${r.tf}`;

export function located(r: RegionPlan): Record<string, ReturnType<typeof raw>> {
  return { resource_group_name: raw(`${rg(r)}.name`), location: raw(`${rg(r)}.location`) };
}

interface SubnetSpec {
  readonly tf: string;
  readonly name: string;
  readonly cidr: string;
  readonly extra?: BodyInput;
  /** Egress through the region's NAT gateway. */
  readonly nat: boolean;
}

function subnetsOf(r: RegionPlan): SubnetSpec[] {
  const subnets: SubnetSpec[] = r.groups.map((g) => ({ tf: `${r.tf}_${g.tf}`, name: `snet-${g.slug}`, cidr: g.cidr, nat: true }));
  if (r.kinds.has("kubernetes")) {
    subnets.push({ tf: `${r.tf}_system`, name: "snet-aks-system", cidr: r.infra.system, nat: true });
    // Internal load balancers give each node its p2p address (AKS places them by the Service's annotation).
    subnets.push({ tf: `${r.tf}_lb`, name: "snet-p2p-lb", cidr: r.infra.loadBalancers, nat: false });
  }
  if (r.kinds.has("containers")) {
    subnets.push({
      tf: `${r.tf}_containers`,
      name: "snet-container-apps",
      cidr: r.infra.containers,
      nat: false, // Container Apps manages its own egress.
      extra: block("delegation", [], { name: "container-apps" }, block("service_delegation", [], {
        name: "Microsoft.App/environments",
        actions: ["Microsoft.Network/virtualNetworks/subnets/join/action"],
      })),
    });
  }
  return subnets;
}

export function regionNetwork(r: RegionPlan): Item[] {
  const blocks: Item[] = [
    block("resource", ["azurerm_resource_group", r.tf], {
      name: tpl(`rg-\${local.name_prefix}-${r.slug}`),
      location: r.region.region,
      tags: raw("local.tags"),
    }),
    block("resource", ["azurerm_virtual_network", r.tf], {
      name: tpl(`vnet-\${local.name_prefix}-${r.slug}`),
      ...located(r),
      address_space: [r.cidr],
      tags: raw("local.tags"),
    }),
  ];
  const subnets = subnetsOf(r);
  for (const s of subnets) {
    blocks.push(block("resource", ["azurerm_subnet", s.tf], {
      name: s.name,
      resource_group_name: raw(`${rg(r)}.name`),
      virtual_network_name: raw(`${vnet(r)}.name`),
      address_prefixes: [s.cidr],
    }, s.extra));
  }
  // Outbound internet (image pulls, OS updates) through one NAT gateway: new VNets get no default outbound access.
  blocks.push(
    block("resource", ["azurerm_public_ip", `${r.tf}_nat`], {
      name: tpl(`pip-\${local.name_prefix}-${r.slug}-nat`),
      ...located(r),
      allocation_method: "Static",
      sku: "Standard",
      tags: raw("local.tags"),
    }),
    block("resource", ["azurerm_nat_gateway", r.tf], {
      name: tpl(`ng-\${local.name_prefix}-${r.slug}`),
      ...located(r),
      sku_name: "Standard",
      tags: raw("local.tags"),
    }),
    block("resource", ["azurerm_nat_gateway_public_ip_association", r.tf], {
      nat_gateway_id: raw(`azurerm_nat_gateway.${r.tf}.id`),
      public_ip_address_id: raw(`azurerm_public_ip.${r.tf}_nat.id`),
    }),
  );
  for (const s of subnets.filter((x) => x.nat)) {
    blocks.push(block("resource", ["azurerm_subnet_nat_gateway_association", s.tf], {
      subnet_id: raw(`azurerm_subnet.${s.tf}.id`),
      nat_gateway_id: raw(`azurerm_nat_gateway.${r.tf}.id`),
    }));
  }
  return blocks;
}

/** Two one-way peerings, one from each VNet. */
function peeringPair(label: string, a: RegionPlan, b: RegionPlan): Block[] {
  const one = (from: RegionPlan, to: RegionPlan, suffix: string) =>
    block("resource", ["azurerm_virtual_network_peering", `${label}_${suffix}`], {
      name: `peer-${from.slug}-to-${to.slug}`,
      resource_group_name: raw(`${rg(from)}.name`),
      virtual_network_name: raw(`${vnet(from)}.name`),
      remote_virtual_network_id: raw(`${vnet(to)}.id`),
      allow_virtual_network_access: true,
      allow_forwarded_traffic: false,
    });
  return [one(a, b, "forward"), one(b, a, "reverse")];
}

/** Peerings or Virtual WAN for every Azure fabric of the plan. */
export function azureFabrics(plan: NetworkPlan): Item[] {
  const items: Item[] = [];
  for (const fabric of plan.model.fabrics) {
    if (fabric.provider !== "azure") continue;
    const regions = fabric.regions.map((i) => plan.regions[i]!);
    if (fabric.kind === "azure-peering-mesh") {
      if (regions.length > 1) items.push(comment(`Global VNet peering between every pair of the ${regions.length} VNets${fabric.cloud === "commercial" ? "" : ` of the ${fabric.cloud} cloud`}.`));
      for (let x = 0; x < regions.length; x++) {
        for (let y = x + 1; y < regions.length; y++) items.push(...peeringPair(`peer_${regions[x]!.tf}_${regions[y]!.tf}`, regions[x]!, regions[y]!));
      }
      continue;
    }
    const hub = plan.regions[fabric.hub!]!;
    items.push(
      comment(`Virtual WAN: the hub in ${hub.region.region} routes between every VNet (VNet peering is not transitive). Losing the hub region cuts the spokes apart.`),
      ...virtualWan(plan, hub, regions),
    );
    for (const d of plan.model.directLinks) {
      const a = plan.regions[d.a]!;
      const b = plan.regions[d.b]!;
      items.push(comment(`Link ${d.id}: a direct peering between ${a.region.id} and ${b.region.id}, independent of the hub`), ...peeringPair(plan.directLinkLabels.get(d.id)!, a, b));
    }
  }
  return items;
}

export const VIRTUAL_HUB = "azurerm_virtual_hub.hub";

function virtualWan(plan: NetworkPlan, hub: RegionPlan, regions: readonly RegionPlan[]): Item[] {
  return [
    block("resource", ["azurerm_virtual_wan", "wan"], {
      name: tpl("vwan-${local.name_prefix}"),
      ...located(hub),
      type: "Standard",
      allow_branch_to_branch_traffic: true,
      tags: raw("local.tags"),
    }),
    block("resource", ["azurerm_virtual_hub", "hub"], {
      name: tpl(`vhub-\${local.name_prefix}-${hub.slug}`),
      ...located(hub),
      virtual_wan_id: raw("azurerm_virtual_wan.wan.id"),
      address_prefix: plan.addresses.hubPrefix!,
      sku: "Standard",
      tags: raw("local.tags"),
    }),
    ...regions.map((r) => block("resource", ["azurerm_virtual_hub_connection", r.tf], {
      name: `conn-${r.slug}`,
      virtual_hub_id: raw(`${VIRTUAL_HUB}.id`),
      remote_virtual_network_id: raw(`${vnet(r)}.id`),
      internet_security_enabled: false,
    })),
  ];
}
