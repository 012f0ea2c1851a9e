// The cross-cloud VPN root module: site-to-site IPsec tunnels for links whose regions are on different
// clouds. It runs after the cloud modules and finds their networks by name (data sources), so each side's
// gateway address feeds the other side's peer definition within one apply. Routing is static on all three
// clouds (Azure route-based gateway with local network gateways, AWS VPN with static routes, Google Cloud
// Classic VPN with routes); switch to BGP and HA VPN for a 99.99% SLA.

import { getRegion } from "../../catalog";
import type { Provider } from "../../schema";
import { NameRegistry, dnsLabel } from "../names";
import { providerAlias } from "./aws";
import { block, comment, raw, renderFile, tpl, type Block, type Item } from "./hcl";
import type { TerraformModule } from "./module";
import type { LinkPlan, NetworkPlan, RegionPlan } from "./plan";
import { documentComment, outputsFile, sharedLocals, terraformBlock, variablesFile } from "./variables";

export function vpnModule(plan: NetworkPlan): TerraformModule | undefined {
  const links = plan.crossCloudLinks;
  if (links.length === 0) return undefined;
  const sides = new Map<string, RegionPlan>();
  for (const l of links) for (const r of [l.from, l.to]) sides.set(r.region.id, r);
  const regions = [...sides.values()];
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
  for (const r of regions) {
    body.push(comment(`${r.region.id} (${r.provider} ${r.region.region}): its network, created by the ${r.provider === "gcp" ? "gcp" : r.provider} module, and a VPN gateway`));
    if (r.provider === "azure") body.push(...azureGateway(r));
    if (r.provider === "aws") body.push(...awsGateway(r));
    if (r.provider === "gcp") body.push(...gcpGateway(r, names));
  }
  for (const l of links) body.push(...linkTunnel(l, names));

  return {
    dir: "cross-cloud-vpn",
    files: {
      "main.tf": renderFile([documentComment(plan.doc, "Cross-cloud site-to-site VPN"), terraformBlock(required), ...providerBlocks, sharedLocals()]),
      "variables.tf": variablesFile(plan, own),
      "vpn.tf": renderFile(body),
      "outputs.tf": outputsFile([block("output", ["vpn_gateway_addresses"], {
        description: "Public address of each region's VPN gateway (for AWS, the virtual private gateway id: its tunnel addresses belong to each connection).",
        value: Object.fromEntries(regions.map((r) => [r.region.id, gatewayAddress(r)])),
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

const awsProvider = (r: RegionPlan) => raw(`aws.${providerAlias(r.region.region)}`);

function awsGateway(r: RegionPlan): Item[] {
  return [
    block("data", ["aws_vpc", r.tf], { provider: awsProvider(r) }, block("filter", [], { name: "tag:Name", values: [tpl(`\${local.name_prefix}-${r.slug}`)] })),
    block("data", ["aws_route_table", `${r.tf}_private`], { provider: awsProvider(r), vpc_id: raw(`data.aws_vpc.${r.tf}.id`) },
      block("filter", [], { name: "tag:Name", values: [tpl(`\${local.name_prefix}-${r.slug}-private`)] })),
    block("resource", ["aws_vpn_gateway", r.tf], { provider: awsProvider(r), vpc_id: raw(`data.aws_vpc.${r.tf}.id`), tags: { Name: tpl(`\${local.name_prefix}-${r.slug}`) } }),
    // Routes to the other clouds reach the node subnets' route table through the gateway.
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
    block("data", ["google_compute_network", r.tf], { name: tpl(`\${local.name_prefix}-${r.slug}`) }),
    block("resource", ["google_compute_address", `${r.tf}_vpn`], { name: name(`ip:${r.region.id}`, `${r.slug}-vpn`), region: r.region.region }),
    block("resource", ["google_compute_vpn_gateway", r.tf], {
      name: name(`gw:${r.region.id}`, `${r.slug}-vpn`),
      region: r.region.region,
      network: raw(`data.google_compute_network.${r.tf}.self_link`),
    }),
    // Classic VPN receives IKE (UDP 500, 4500) and ESP on the gateway's address.
    rule("esp", "ESP"),
    rule("udp500", "UDP", "500"),
    rule("udp4500", "UDP", "4500"),
  ];
}

function gatewayAddress(r: RegionPlan) {
  if (r.provider === "azure") return raw(`azurerm_public_ip.${r.tf}_vpn.ip_address`);
  if (r.provider === "gcp") return raw(`google_compute_address.${r.tf}_vpn.address`);
  return raw(`aws_vpn_gateway.${r.tf}.id`);
}

/** The tunnel of one link: AWS, when present, terminates it with a VPN connection whose tunnel 1 the other side dials. */
function linkTunnel(l: LinkPlan, names: NameRegistry): Item[] {
  const [a, b] = [l.from, l.to].sort((x, y) => order(x.provider) - order(y.provider)) as [RegionPlan, RegionPlan];
  const blocks: Item[] = [comment(`Link ${l.link.id}: ${l.from.region.id} (${l.from.provider}) <-> ${l.to.region.id} (${l.to.provider})`)];
  if (b.provider === "aws") {
    // The non-AWS side is the customer gateway; AWS answers on tunnel 1 (tunnel 2 stays idle without BGP).
    blocks.push(
      block("resource", ["aws_customer_gateway", l.tf], {
        provider: awsProvider(b),
        bgp_asn: 65000,
        ip_address: gatewayAddress(a),
        type: "ipsec.1",
        tags: { Name: tpl(`\${local.name_prefix}-${a.slug}`) },
      }),
      block("resource", ["aws_vpn_connection", l.tf], {
        provider: awsProvider(b),
        vpn_gateway_id: raw(`aws_vpn_gateway.${b.tf}.id`),
        customer_gateway_id: raw(`aws_customer_gateway.${l.tf}.id`),
        type: "ipsec.1",
        static_routes_only: true,
        tunnel1_preshared_key: raw("var.vpn_shared_secret"),
        tunnel2_preshared_key: raw("var.vpn_shared_secret"),
        tags: { Name: tpl(`\${local.name_prefix}-${l.tf.replace(/_/g, "-")}`) },
      }),
      block("resource", ["aws_vpn_connection_route", l.tf], {
        provider: awsProvider(b),
        destination_cidr_block: a.cidr,
        vpn_connection_id: raw(`aws_vpn_connection.${l.tf}.id`),
      }),
    );
  }
  const peerAddress = (other: RegionPlan) =>
    other.provider === "aws" ? raw(`aws_vpn_connection.${l.tf}.tunnel1_address`) : gatewayAddress(other);
  for (const side of [a, b]) {
    const other = side === a ? b : a;
    if (side.provider === "azure") blocks.push(...azureConnection(l, side, other, peerAddress(other)));
    if (side.provider === "gcp") blocks.push(...gcpTunnel(l, side, other, peerAddress(other), names));
  }
  return blocks;
}

function order(p: Provider): number {
  return p === "azure" ? 0 : p === "gcp" ? 1 : 2;
}

function azureConnection(l: LinkPlan, side: RegionPlan, other: RegionPlan, peer: ReturnType<typeof raw>): Item[] {
  const rg = `data.azurerm_resource_group.${side.tf}`;
  return [
    block("resource", ["azurerm_local_network_gateway", l.tf], {
      name: tpl(`lgw-\${local.name_prefix}-${other.slug}`),
      resource_group_name: raw(`${rg}.name`),
      location: raw(`${rg}.location`),
      gateway_address: peer,
      address_space: [other.cidr],
      tags: raw("local.tags"),
    }),
    block("resource", ["azurerm_virtual_network_gateway_connection", l.tf], {
      name: tpl(`cn-\${local.name_prefix}-${side.slug}-to-${other.slug}`),
      resource_group_name: raw(`${rg}.name`),
      location: raw(`${rg}.location`),
      type: "IPsec",
      virtual_network_gateway_id: raw(`azurerm_virtual_network_gateway.${side.tf}.id`),
      local_network_gateway_id: raw(`azurerm_local_network_gateway.${l.tf}.id`),
      shared_key: raw("var.vpn_shared_secret"),
      tags: raw("local.tags"),
    }),
  ];
}

function gcpTunnel(l: LinkPlan, side: RegionPlan, other: RegionPlan, peer: ReturnType<typeof raw>, names: NameRegistry): Item[] {
  const name = (key: string, raw: string) => tpl(`\${local.name_prefix}-${names.name(key, raw)}`);
  return [
    block("resource", ["google_compute_vpn_tunnel", l.tf], {
      name: name(`tunnel:${l.link.id}`, `${side.slug}-to-${other.slug}`),
      region: side.region.region,
      peer_ip: peer,
      shared_secret: raw("var.vpn_shared_secret"),
      ike_version: 2,
      target_vpn_gateway: raw(`google_compute_vpn_gateway.${side.tf}.id`),
      local_traffic_selector: ["0.0.0.0/0"],
      remote_traffic_selector: ["0.0.0.0/0"],
      depends_on: ["esp", "udp500", "udp4500"].map((s) => raw(`google_compute_forwarding_rule.${side.tf}_${s}`)),
    }),
    block("resource", ["google_compute_route", l.tf], {
      name: name(`route:${l.link.id}`, `${side.slug}-to-${other.slug}`),
      network: raw(`data.google_compute_network.${side.tf}.name`),
      dest_range: other.cidr,
      priority: 1000,
      next_hop_vpn_tunnel: raw(`google_compute_vpn_tunnel.${l.tf}.id`),
    }),
  ];
}
