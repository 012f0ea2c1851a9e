// The cross-cloud VPN root module: one site-to-site IPsec VPN per crossing of the connectivity model (links
// between the same two gateways share one). It runs after the cloud modules and finds their networks by name
// (data sources), so each side's gateway address feeds the other side's peer definition within one apply.
// Each side routes exactly the other side's prefixes into the tunnel: on Azure a local network gateway (or,
// behind a Virtual WAN hub, a VPN site), on AWS static routes of the VPN connection, propagated into the
// private route table, on Google Cloud static routes that only the end region's nodes use (network tags),
// since a Google Cloud VPC is global and the tunnel serves that region alone.
// Routing is static: each VPN is its own path; a second path between two clouds is a second VPN between
// other regions (the connectivity model counts it so). BGP and HA VPN would add failover within one path.

import { getRegion } from "../../catalog";
import type { Provider } from "../../schema";
import { cidr, subnetOf, formatRange } from "../../net/ipv4";
import { NameRegistry, dnsLabel } from "../names";
import { providerAlias } from "./aws";
import { GCP_NETWORK_SUFFIX, groupTag } from "./gcp";
import { block, comment, raw, renderFile, tpl, type Block, type Expr, type Item } from "./hcl";
import type { TerraformModule } from "./module";
import type { CrossingPlan, NetworkPlan, RegionPlan } from "./plan";
import { documentComment, outputsFile, sharedLocals, terraformBlock, variablesFile } from "./variables";

/** How a region's side of a VPN is terminated. */
type GatewayKind = "azure-vnet" | "azure-hub" | "aws" | "gcp";

function gatewayKind(r: RegionPlan): GatewayKind {
  if (r.provider === "aws") return "aws";
  if (r.provider === "gcp") return "gcp";
  return r.fabric.kind === "azure-virtual-wan" ? "azure-hub" : "azure-vnet";
}

export function vpnModule(plan: NetworkPlan): TerraformModule | undefined {
  const crossings = plan.crossings;
  if (crossings.length === 0) return undefined;
  const gateways = new Map<string, RegionPlan>();
  for (const c of crossings) for (const r of c.gateways) gateways.set(r.region.id, r);
  const regions = [...gateways.values()];
  const providers = new Set<Provider>(regions.map((r) => r.provider));
  const awsRegions = [...new Set(regions.filter((r) => r.provider === "aws").map((r) => r.region.region))];
  const names = new NameRegistry((raw) => dnsLabel(raw, 40), "-", 40);

  const providerBlocks: Item[] = [];
  const required: Record<string, { source: string; version: string }> = {};
  if (providers.has("azure")) {
    required.azurerm = { source: "hashicorp/azurerm", version: "~> 4.0" };
    providerBlocks.push(block("provider", ["azurerm"], block("features", []), { subscription_id: raw("var.subscription_id") }));
  }
  if (providers.has("aws")) {
    required.aws = { source: "hashicorp/aws", version: "~> 5.0" };
    providerBlocks.push(block("provider", ["aws"], { region: awsRegions[0]! }, block("default_tags", [], { tags: raw("local.tags") })));
    for (const region of awsRegions) providerBlocks.push(block("provider", ["aws"], { alias: providerAlias(region), region }, block("default_tags", [], { tags: raw("local.tags") })));
  }
  if (providers.has("gcp")) {
    required.google = { source: "hashicorp/google", version: "~> 6.0" };
    providerBlocks.push(block("provider", ["google"], { project: raw("var.project_id") }));
  }

  const own: Block[] = [
    block("variable", ["vpn_shared_secret"], {
      description: "IPsec pre-shared key for every tunnel: 8-64 letters, digits, '.' or '_', not starting with 0 (AWS's rule).",
      type: raw("string"),
      sensitive: true,
    }, block("validation", [], {
      condition: raw(`can(regex("^[A-Za-z1-9._][A-Za-z0-9._]{7,63}$", var.vpn_shared_secret))`),
      error_message: "vpn_shared_secret must be 8-64 letters, digits, '.' or '_', and must not start with 0.",
    })),
  ];
  if (providers.has("azure")) own.push(block("variable", ["subscription_id"], { description: "Azure subscription; null reads ARM_SUBSCRIPTION_ID.", type: raw("string"), default: null }));
  if (providers.has("gcp")) own.push(block("variable", ["project_id"], { description: "Google Cloud project of the gcp module.", type: raw("string") }));

  const body: Item[] = [];
  if (providers.has("gcp")) body.push(block("data", ["google_compute_network", "vpc"], { name: tpl(`\${local.name_prefix}-${GCP_NETWORK_SUFFIX}`) }));
  let hubDone = false;
  for (const r of regions) {
    const kind = gatewayKind(r);
    if (kind === "azure-hub" && hubDone) continue;
    body.push(comment(`${r.region.id} (${r.provider} ${r.region.region}): its network, created by the ${r.provider} module, and a VPN gateway`));
    if (kind === "azure-vnet") body.push(...azureGateway(r));
    if (kind === "azure-hub") {
      hubDone = true;
      body.push(...hubGateway(r));
    }
    if (kind === "aws") body.push(...awsGateway(r));
    if (kind === "gcp") body.push(...gcpGateway(r, names));
  }
  for (const c of crossings) body.push(...crossingTunnel(plan, c, names));

  return {
    dir: "cross-cloud-vpn",
    files: {
      "main.tf": renderFile([documentComment(plan.doc, "Cross-cloud site-to-site VPN"), terraformBlock(required), ...providerBlocks, sharedLocals()]),
      "variables.tf": variablesFile(plan, own),
      "vpn.tf": renderFile(body),
      "outputs.tf": outputsFile([block("output", ["vpn_gateway_addresses"], {
        description: "Public address of each region's VPN gateway (for AWS, the virtual private gateway id: its tunnel addresses belong to each connection).",
        value: Object.fromEntries(regions.map((r) => [r.region.id, gatewayAddress(plan, r)])),
      })]),
    },
  };
}

function azureZonal(r: RegionPlan): boolean {
  return (getRegion("azure", r.region.region)?.availabilityZones ?? 0) > 0;
}

function azureGateway(r: RegionPlan): Item[] {
  const rg = `data.azurerm_resource_group.${r.tf}`;
  const zonal = azureZonal(r);
  return [
    block("data", ["azurerm_resource_group", r.tf], { name: tpl(`rg-\${local.name_prefix}-${r.slug}`) }),
    block("data", ["azurerm_virtual_network", r.tf], { name: tpl(`vnet-\${local.name_prefix}-${r.slug}`), resource_group_name: raw(`${rg}.name`) }),
    block("resource", ["azurerm_subnet", `${r.tf}_gateway`], {
      // Azure requires this exact name for the gateway's subnet; it has no NSG by design.
      name: "GatewaySubnet",
      resource_group_name: raw(`${rg}.name`),
      virtual_network_name: raw(`data.azurerm_virtual_network.${r.tf}.name`),
      address_prefixes: [r.infra.gateway],
    }),
    block("resource", ["azurerm_public_ip", `${r.tf}_vpn`], {
      name: tpl(`pip-\${local.name_prefix}-${r.slug}-vpn`),
      resource_group_name: raw(`${rg}.name`),
      location: raw(`${rg}.location`),
      allocation_method: "Static",
      sku: "Standard",
      zones: zonal ? ["1", "2", "3"] : undefined,
      tags: raw("local.tags"),
    }),
    block("resource", ["azurerm_virtual_network_gateway", r.tf], {
      name: tpl(`vgw-\${local.name_prefix}-${r.slug}`),
      resource_group_name: raw(`${rg}.name`),
      location: raw(`${rg}.location`),
      type: "Vpn",
      vpn_type: "RouteBased",
      sku: zonal ? "VpnGw1AZ" : "VpnGw1",
      generation: "Generation1",
      active_active: false,
      tags: raw("local.tags"),
    }, block("ip_configuration", [], {
      name: "vnet-gateway",
      public_ip_address_id: raw(`azurerm_public_ip.${r.tf}_vpn.id`),
      private_ip_address_allocation: "Dynamic",
      subnet_id: raw(`azurerm_subnet.${r.tf}_gateway.id`),
    })),
  ];
}

/** The Virtual WAN hub's VPN gateway: one for every VPN of the Azure side, whatever region the link names. */
function hubGateway(hub: RegionPlan): Item[] {
  const rg = `data.azurerm_resource_group.hub`;
  return [
    block("data", ["azurerm_resource_group", "hub"], { name: tpl(`rg-\${local.name_prefix}-${hub.slug}`) }),
    block("data", ["azurerm_virtual_wan", "wan"], { name: tpl("vwan-${local.name_prefix}"), resource_group_name: raw(`${rg}.name`) }),
    block("data", ["azurerm_virtual_hub", "hub"], { name: tpl(`vhub-\${local.name_prefix}-${hub.slug}`), resource_group_name: raw(`${rg}.name`) }),
    block("resource", ["azurerm_vpn_gateway", "hub"], {
      name: tpl(`vpngw-\${local.name_prefix}-${hub.slug}`),
      resource_group_name: raw(`${rg}.name`),
      location: raw(`${rg}.location`),
      virtual_hub_id: raw("data.azurerm_virtual_hub.hub.id"),
      scale_unit: 1,
      tags: raw("local.tags"),
    }),
  ];
}

const awsProvider = (r: RegionPlan) => raw(`aws.${providerAlias(r.region.region)}`);

function awsGateway(r: RegionPlan): Item[] {
  return [
    block("data", ["aws_vpc", r.tf], { provider: awsProvider(r) }, block("filter", [], { name: "tag:Name", values: [tpl(`\${local.name_prefix}-${r.slug}`)] })),
    block("data", ["aws_route_table", `${r.tf}_private`], { provider: awsProvider(r), vpc_id: raw(`data.aws_vpc.${r.tf}.id`) },
      block("filter", [], { name: "tag:Name", values: [tpl(`\${local.name_prefix}-${r.slug}-private`)] })),
    block("resource", ["aws_vpn_gateway", r.tf], { provider: awsProvider(r), vpc_id: raw(`data.aws_vpc.${r.tf}.id`), tags: { Name: tpl(`\${local.name_prefix}-${r.slug}`) } }),
    // The VPN connections' static routes reach the node subnets' route table through the gateway.
    block("resource", ["aws_vpn_gateway_route_propagation", r.tf], {
      provider: awsProvider(r),
      vpn_gateway_id: raw(`aws_vpn_gateway.${r.tf}.id`),
      route_table_id: raw(`data.aws_route_table.${r.tf}_private.id`),
    }),
  ];
}

function gcpGateway(r: RegionPlan, names: NameRegistry): Item[] {
  const name = (key: string, raw: string) => tpl(`\${local.name_prefix}-${names.name(key, raw)}`);
  const rule = (suffix: string, protocol: string, port?: string) => block("resource", ["google_compute_forwarding_rule", `${r.tf}_${suffix}`], {
    name: name(`fr:${r.region.id}:${suffix}`, `${r.slug}-vpn-${suffix}`),
    region: r.region.region,
    ip_protocol: protocol,
    port_range: port,
    ip_address: raw(`google_compute_address.${r.tf}_vpn.address`),
    target: raw(`google_compute_vpn_gateway.${r.tf}.self_link`),
  });
  return [
    block("resource", ["google_compute_address", `${r.tf}_vpn`], { name: name(`ip:${r.region.id}`, `${r.slug}-vpn`), region: r.region.region }),
    block("resource", ["google_compute_vpn_gateway", r.tf], {
      name: name(`gw:${r.region.id}`, `${r.slug}-vpn`),
      region: r.region.region,
      network: raw("data.google_compute_network.vpc.self_link"),
    }),
    // Classic VPN receives IKE (UDP 500, 4500) and ESP on the gateway's address.
    rule("esp", "ESP"),
    rule("udp500", "UDP", "500"),
    rule("udp4500", "UDP", "4500"),
  ];
}

/** The hub prefix's /24 halves: the vWAN gateway's private tunnel addresses lie in them. */
function hubPrivatePrefixes(plan: NetworkPlan): string[] {
  const hub = cidr(plan.addresses.hubPrefix!);
  return [0, 1].map((i) => formatRange(subnetOf(hub, 24, i)).replace(/0\/24$/, ""));
}

function gatewayAddress(plan: NetworkPlan, r: RegionPlan): Expr {
  const kind = gatewayKind(r);
  if (kind === "azure-vnet") return raw(`azurerm_public_ip.${r.tf}_vpn.ip_address`);
  if (kind === "azure-hub") {
    const [a, b] = hubPrivatePrefixes(plan);
    // The gateway lists its tunnel addresses, private (inside the hub prefix) and public: the first public one.
    return raw(`[for ip in tolist(azurerm_vpn_gateway.hub.bgp_settings[0].instance_0_bgp_peering_address[0].tunnel_ips) : ip if !startswith(ip, "${a}") && !startswith(ip, "${b}")][0]`);
  }
  if (kind === "gcp") return raw(`google_compute_address.${r.tf}_vpn.address`);
  return raw(`aws_vpn_gateway.${r.tf}.id`);
}

/** One VPN: AWS, when present, terminates it with a VPN connection whose tunnel 1 the other side dials. */
function crossingTunnel(plan: NetworkPlan, c: CrossingPlan, names: NameRegistry): Item[] {
  const order = (p: Provider) => (p === "azure" ? 0 : p === "gcp" ? 1 : 2);
  const [ai, bi] = order(c.gateways[0].provider) <= order(c.gateways[1].provider) ? [0, 1] : [1, 0];
  const a = c.gateways[ai]!;
  const b = c.gateways[bi]!;
  const declared = c.crossing.linkIndexes.map((i) => plan.doc.links[i]!.id);
  const blocks: Item[] = [comment(`VPN ${c.crossing.id}${declared.length > 1 ? ` (also links ${declared.slice(1).join(", ")})` : ""}: ${c.sides[ai]!.map((r) => r.region.id).join(", ")} (${a.provider}) <-> ${c.sides[bi]!.map((r) => r.region.id).join(", ")} (${b.provider})`)];
  if (b.provider === "aws") {
    // The non-AWS side is the customer gateway; AWS answers on tunnel 1 (tunnel 2 stays idle without BGP).
    blocks.push(
      block("resource", ["aws_customer_gateway", c.tf], {
        provider: awsProvider(b),
        bgp_asn: 65000,
        ip_address: gatewayAddress(plan, a),
        type: "ipsec.1",
        tags: { Name: tpl(`\${local.name_prefix}-${a.slug}`) },
      }),
      block("resource", ["aws_vpn_connection", c.tf], {
        provider: awsProvider(b),
        vpn_gateway_id: raw(`aws_vpn_gateway.${b.tf}.id`),
        customer_gateway_id: raw(`aws_customer_gateway.${c.tf}.id`),
        type: "ipsec.1",
        static_routes_only: true,
        tunnel1_preshared_key: raw("var.vpn_shared_secret"),
        tunnel2_preshared_key: raw("var.vpn_shared_secret"),
        tags: { Name: tpl(`\${local.name_prefix}-${c.tf.replace(/_/g, "-")}`) },
      }),
      ...c.prefixes[ai]!.map((prefix, k) => block("resource", ["aws_vpn_connection_route", k === 0 ? c.tf : `${c.tf}_${k}`], {
        provider: awsProvider(b),
        destination_cidr_block: prefix,
        vpn_connection_id: raw(`aws_vpn_connection.${c.tf}.id`),
      })),
    );
  }
  const peerAddress = (other: RegionPlan) => (other.provider === "aws" ? raw(`aws_vpn_connection.${c.tf}.tunnel1_address`) : gatewayAddress(plan, other));
  for (const [side, other, remote] of [[a, b, c.prefixes[bi]!], [b, a, c.prefixes[ai]!]] as const) {
    const kind = gatewayKind(side);
    if (kind === "azure-vnet") blocks.push(...azureConnection(c, side, other, peerAddress(other), remote));
    if (kind === "azure-hub") blocks.push(...hubConnection(c, other, peerAddress(other), remote));
    if (kind === "gcp") blocks.push(...gcpTunnel(c, side, other, peerAddress(other), remote, names));
  }
  return blocks;
}

function azureConnection(c: CrossingPlan, side: RegionPlan, other: RegionPlan, peer: Expr, remote: readonly string[]): Item[] {
  const rg = `data.azurerm_resource_group.${side.tf}`;
  return [
    block("resource", ["azurerm_local_network_gateway", c.tf], {
      name: tpl(`lgw-\${local.name_prefix}-${other.slug}`),
      resource_group_name: raw(`${rg}.name`),
      location: raw(`${rg}.location`),
      gateway_address: peer,
      address_space: [...remote],
      tags: raw("local.tags"),
    }),
    block("resource", ["azurerm_virtual_network_gateway_connection", c.tf], {
      name: tpl(`cn-\${local.name_prefix}-${side.slug}-to-${other.slug}`),
      resource_group_name: raw(`${rg}.name`),
      location: raw(`${rg}.location`),
      type: "IPsec",
      virtual_network_gateway_id: raw(`azurerm_virtual_network_gateway.${side.tf}.id`),
      local_network_gateway_id: raw(`azurerm_local_network_gateway.${c.tf}.id`),
      shared_key: raw("var.vpn_shared_secret"),
      tags: raw("local.tags"),
    }),
  ];
}

/** Behind a Virtual WAN hub the far side is a VPN site, and every VNet connected to the hub learns its prefixes. */
function hubConnection(c: CrossingPlan, other: RegionPlan, peer: Expr, remote: readonly string[]): Item[] {
  const rg = "data.azurerm_resource_group.hub";
  return [
    block("resource", ["azurerm_vpn_site", c.tf], {
      name: tpl(`site-\${local.name_prefix}-${other.slug}`),
      resource_group_name: raw(`${rg}.name`),
      location: raw(`${rg}.location`),
      virtual_wan_id: raw("data.azurerm_virtual_wan.wan.id"),
      address_cidrs: [...remote],
      tags: raw("local.tags"),
    }, block("link", [], { name: "primary", ip_address: peer })),
    block("resource", ["azurerm_vpn_gateway_connection", c.tf], {
      name: tpl(`cn-\${local.name_prefix}-hub-to-${other.slug}`),
      vpn_gateway_id: raw("azurerm_vpn_gateway.hub.id"),
      remote_vpn_site_id: raw(`azurerm_vpn_site.${c.tf}.id`),
    }, block("vpn_link", [], {
      name: "primary",
      vpn_site_link_id: raw(`azurerm_vpn_site.${c.tf}.link[0].id`),
      shared_key: raw("var.vpn_shared_secret"),
    })),
  ];
}

function gcpTunnel(c: CrossingPlan, side: RegionPlan, other: RegionPlan, peer: Expr, remote: readonly string[], names: NameRegistry): Item[] {
  const name = (key: string, raw: string) => tpl(`\${local.name_prefix}-${names.name(key, raw)}`);
  // The VPC is global: tagged routes keep the tunnel for the nodes of the region it belongs to.
  const tags = side.groups.map(groupTag);
  return [
    block("resource", ["google_compute_vpn_tunnel", c.tf], {
      name: name(`tunnel:${c.crossing.id}`, `${side.slug}-to-${other.slug}`),
      region: side.region.region,
      peer_ip: peer,
      shared_secret: raw("var.vpn_shared_secret"),
      ike_version: 2,
      target_vpn_gateway: raw(`google_compute_vpn_gateway.${side.tf}.id`),
      local_traffic_selector: ["0.0.0.0/0"],
      remote_traffic_selector: ["0.0.0.0/0"],
      depends_on: ["esp", "udp500", "udp4500"].map((s) => raw(`google_compute_forwarding_rule.${side.tf}_${s}`)),
    }),
    ...remote.map((prefix, k) => block("resource", ["google_compute_route", k === 0 ? c.tf : `${c.tf}_${k}`], {
      name: name(`route:${c.crossing.id}:${k}`, `${side.slug}-to-${other.slug}${k === 0 ? "" : `-${k}`}`),
      network: raw("data.google_compute_network.vpc.name"),
      dest_range: prefix,
      priority: 1000,
      tags: tags.length > 0 ? tags : undefined,
      next_hop_vpn_tunnel: raw(`google_compute_vpn_tunnel.${c.tf}.id`),
    })),
  ];
}
