// Reads networks, routes, VPN ends and DNS zones out of the bundle's Terraform, per cloud, as a deployer's
// cloud would build them: Azure VNets with their peerings (one-way each: traffic needs both), Virtual WAN hub
// connections and VNet gateways; AWS VPCs with route tables, accepted peering connections and the static
// routes of VPN connections propagated into a table; Google Cloud networks with their subnets (global) and
// static routes (limited to tagged instances when they carry tags). Packets never transit a third network
// here: a route leads into one network or one tunnel, and there it must arrive.

import { cidr, type Ipv4Range } from "../net/ipv4";
import type { Cloud, DnsZone, Network, Route, Subnet, TunnelEnd } from "./network-types";
import { all, first, referencesIn, stringsOf, type Json, type TerraformInventory, type TfBlock } from "./terraform-inventory";

const CLOUD_OF: Record<string, Cloud> = { azurerm: "azure", aws: "aws", google: "gcp" };

function ranges(values: unknown): Ipv4Range[] {
  return stringsOf(values).flatMap((v) => {
    try {
      return [cidr(v)];
    } catch {
      return [];
    }
  });
}

export class NetworkFacts {
  readonly networks: Network[] = [];
  readonly subnets: Subnet[] = [];
  readonly tunnelEnds: TunnelEnd[] = [];
  readonly zones: DnsZone[] = [];
  /** What the reader met and could not follow. */
  readonly notes: string[] = [];
  private readonly networkOf = new Map<TfBlock, Network>();
  private readonly routesByNetwork = new Map<Network, Route[]>();
  private readonly routesByTable = new Map<TfBlock, Route[]>();
  private readonly gcpRoutes: { route: Route; tags: readonly string[]; network: Network }[] = [];
  private readonly tableOf = new Map<TfBlock, TfBlock | undefined>();
  private readonly routeCache = new Map<string, Route[]>();
  private readonly subnetByBlock = new Map<TfBlock, Subnet>();

  constructor(readonly tf: TerraformInventory) {
    this.readNetworks();
    this.readAzureRouting();
    this.readAwsRouting();
    this.readGcpRouting();
    this.readDns();
  }

  network(block: TfBlock | undefined): Network | undefined {
    return block ? this.networkOf.get(block) : undefined;
  }

  subnetOf(block: TfBlock | undefined): Subnet | undefined {
    return block ? this.subnetByBlock.get(block) : undefined;
  }

  /** The AWS route table a subnet is associated with. */
  private tableFor(subnet: Subnet): TfBlock | undefined {
    if (!this.tableOf.has(subnet.block)) {
      for (const a of this.tf.ofType("aws_route_table_association")) {
        const s = this.tf.resolve(a, a.body.subnet_id);
        if (s) this.tableOf.set(s, this.tf.resolve(a, a.body.route_table_id));
      }
      if (!this.tableOf.has(subnet.block)) this.tableOf.set(subnet.block, undefined);
    }
    return this.tableOf.get(subnet.block);
  }

  private readNetworks(): void {
    const add = (block: TfBlock, prefixes: Ipv4Range[]) => {
      const net: Network = { id: block.address, cloud: CLOUD_OF[block.type.split("_")[0]!]!, block, prefixes };
      this.networks.push(net);
      this.networkOf.set(block, net);
      return net;
    };
    for (const b of this.tf.ofType("azurerm_virtual_network")) add(b, ranges(b.body.address_space));
    for (const b of this.tf.ofType("aws_vpc")) add(b, ranges(b.body.cidr_block));
    const gcpSubnets = this.tf.ofType("google_compute_subnetwork");
    for (const b of this.tf.ofType("google_compute_network")) {
      const own = gcpSubnets.filter((s) => this.tf.resolve(s, s.body.network) === b);
      add(b, own.flatMap((s) => [...ranges(s.body.ip_cidr_range), ...all(s.body.secondary_ip_range).flatMap((r) => ranges(r.ip_cidr_range))]));
    }
    for (const b of this.tf.ofType("azurerm_subnet")) this.addSubnet(b, b.body.virtual_network_name, ranges(b.body.address_prefixes));
    for (const b of this.tf.ofType("aws_subnet")) this.addSubnet(b, b.body.vpc_id, ranges(b.body.cidr_block));
    for (const b of gcpSubnets) {
      this.addSubnet(b, b.body.network, [...ranges(b.body.ip_cidr_range), ...all(b.body.secondary_ip_range).flatMap((r) => ranges(r.ip_cidr_range))]);
    }
  }

  private addSubnet(block: TfBlock, networkRef: unknown, subnetRanges: Ipv4Range[]): void {
    const network = this.network(this.tf.resolve(block, networkRef));
    if (!network) {
      this.notes.push(`${block.address}: its network is not in the bundle`);
      return;
    }
    const subnet: Subnet = { id: block.address, block, network, ranges: subnetRanges, name: typeof block.body.name === "string" ? block.body.name : block.name };
    this.subnets.push(subnet);
    this.subnetByBlock.set(block, subnet);
  }

  /** Routes that apply to packets leaving `subnet` (instances with `tags`, on Google Cloud), local first. */
  routesFrom(subnet: Subnet, tags: readonly string[] = []): Route[] {
    const key = `${subnet.id}|${tags.join(",")}`;
    let routes = this.routeCache.get(key);
    if (!routes) {
      routes = this.computeRoutes(subnet, tags);
      this.routeCache.set(key, routes);
    }
    return routes;
  }

  private computeRoutes(subnet: Subnet, tags: readonly string[]): Route[] {
    const net = subnet.network;
    const local: Route[] = net.prefixes.map((prefix) => ({ prefix, hop: { kind: "local" }, resource: net.id }));
    if (net.cloud === "azure") return [...local, ...(this.routesByNetwork.get(net) ?? [])];
    if (net.cloud === "gcp") {
      return [...local, ...this.gcpRoutes.filter((r) => r.network === net && (r.tags.length === 0 || r.tags.some((t) => tags.includes(t)))).map((r) => r.route)];
    }
    const table = this.tableFor(subnet);
    return [...local, ...(table ? this.routesByTable.get(table) ?? [] : [])];
  }

  /** What decides where `subnet`'s packets go: its route table on AWS, its VNet's routes on Azure, its network on Google Cloud. */
  routingOf(subnet: Subnet): string {
    if (subnet.network.cloud !== "aws") return `the routes of ${subnet.network.id}`;
    const table = this.tableFor(subnet);
    return table ? table.address : `${subnet.id} (no route table associated)`;
  }

  private addRoute(net: Network, route: Route): void {
    this.routesByNetwork.set(net, [...(this.routesByNetwork.get(net) ?? []), route]);
  }

  /** A peer's identity: the first resource an address expression names. */
  private identity(block: TfBlock, value: unknown): string | undefined {
    const ref = referencesIn(value)[0];
    if (!ref) return undefined;
    return this.tf.resolve(block, ref)?.address;
  }

  private readAzureRouting(): void {
    const tf = this.tf;
    // VNet peering: one-way resources; a packet needs the peering from its VNet and the one back.
    const peerings = tf.ofType("azurerm_virtual_network_peering").map((p) => ({
      block: p,
      from: this.network(tf.resolve(p, p.body.virtual_network_name)),
      to: this.network(tf.resolve(p, p.body.remote_virtual_network_id)),
      allowed: p.body.allow_virtual_network_access !== false,
    }));
    for (const p of peerings) {
      if (!p.from || !p.to || !p.allowed) continue;
      const back = peerings.some((q) => q.from === p.to && q.to === p.from && q.allowed);
      if (!back) {
        this.notes.push(`${p.block.address}: no peering back from ${p.to.id}, so traffic cannot return`);
        continue;
      }
      for (const prefix of p.to.prefixes) this.addRoute(p.from, { prefix, hop: { kind: "peer", network: p.to }, resource: p.block.address });
    }

    // Virtual WAN: every VNet connected to a hub of a WAN reaches the others and the WAN's VPN sites.
    const hubs = tf.ofType("azurerm_virtual_hub");
    const connections = tf.ofType("azurerm_virtual_hub_connection").map((c) => ({
      block: c, hub: tf.resolve(c, c.body.virtual_hub_id), vnet: this.network(tf.resolve(c, c.body.remote_virtual_network_id)),
    }));
    const wanOf = (hub: TfBlock | undefined) => (hub ? tf.resolve(hub, hub.body.virtual_wan_id) : undefined);
    const sitesByWan = new Map<TfBlock, { prefixes: Ipv4Range[]; end: TunnelEnd; resource: string }[]>();
    for (const g of tf.ofType("azurerm_vpn_gateway_connection")) {
      const gateway = tf.resolve(g, g.body.vpn_gateway_id);
      const site = tf.resolve(g, g.body.remote_vpn_site_id);
      const hub = gateway ? tf.resolve(gateway, gateway.body.virtual_hub_id) : undefined;
      const wan = wanOf(hub);
      if (!gateway || !site || !wan) {
        this.notes.push(`${g.address}: its VPN gateway, site or hub is not in the bundle`);
        continue;
      }
      const networks = connections.filter((c) => wanOf(c.hub) === wan && c.vnet).map((c) => c.vnet!);
      const link = first(site.body.link);
      const end: TunnelEnd = {
        id: g.address, networks, own: gateway.address, peer: link ? this.identity(site, link.ip_address) : undefined,
        sharedKey: String(first(g.body.vpn_link)?.shared_key ?? ""),
      };
      this.tunnelEnds.push(end);
      sitesByWan.set(wan, [...(sitesByWan.get(wan) ?? []), { prefixes: ranges(site.body.address_cidrs), end, resource: site.address }]);
    }
    for (const c of connections) {
      const wan = wanOf(c.hub);
      if (!c.vnet || !wan) continue;
      for (const other of connections) {
        if (other === c || !other.vnet || wanOf(other.hub) !== wan || other.vnet === c.vnet) continue;
        for (const prefix of other.vnet.prefixes) this.addRoute(c.vnet, { prefix, hop: { kind: "peer", network: other.vnet }, resource: c.block.address });
      }
      for (const site of sitesByWan.get(wan) ?? []) {
        for (const prefix of site.prefixes) this.addRoute(c.vnet, { prefix, hop: { kind: "tunnel", end: site.end }, resource: site.resource });
      }
    }
    if (hubs.length > 0 && connections.length === 0) this.notes.push("a Virtual WAN hub has no VNet connected");

    // VNet gateways: each connection routes its local network gateway's address space into its tunnel.
    for (const c of tf.ofType("azurerm_virtual_network_gateway_connection")) {
      const gateway = tf.resolve(c, c.body.virtual_network_gateway_id);
      const lng = tf.resolve(c, c.body.local_network_gateway_id);
      const ip = gateway ? first(gateway.body.ip_configuration) : undefined;
      const subnet = gateway && ip ? this.subnetOf(tf.resolve(gateway, ip.subnet_id)) : undefined;
      const pip = gateway && ip ? tf.resolve(gateway, ip.public_ip_address_id) : undefined;
      if (!gateway || !lng || !subnet || !pip) {
        this.notes.push(`${c.address}: its gateway, subnet, public address or local network gateway is not in the bundle`);
        continue;
      }
      const end: TunnelEnd = { id: c.address, networks: [subnet.network], own: pip.address, peer: this.identity(lng, lng.body.gateway_address), sharedKey: String(c.body.shared_key ?? "") };
      this.tunnelEnds.push(end);
      for (const prefix of ranges(lng.body.address_space)) this.addRoute(subnet.network, { prefix, hop: { kind: "tunnel", end }, resource: lng.address });
    }
  }

  private readAwsRouting(): void {
    const tf = this.tf;
    const vpcOfTable = (t: TfBlock) => this.network(tf.resolve(t, t.body.vpc_id));
    const add = (table: TfBlock, route: Route) => this.routesByTable.set(table, [...(this.routesByTable.get(table) ?? []), route]);
    const accepted = new Set(tf.ofType("aws_vpc_peering_connection_accepter").map((a) => tf.resolve(a, a.body.vpc_peering_connection_id)).filter(Boolean));
    for (const r of tf.ofType("aws_route")) {
      const table = tf.resolve(r, r.body.route_table_id);
      if (!table) continue;
      const prefix = ranges(r.body.destination_cidr_block)[0];
      if (!prefix || r.body.vpc_peering_connection_id === undefined) continue; // internet and NAT routes carry no p2p
      let pcx = tf.resolve(r, r.body.vpc_peering_connection_id);
      if (pcx?.type === "aws_vpc_peering_connection_accepter") pcx = tf.resolve(pcx, pcx.body.vpc_peering_connection_id);
      if (!pcx || !accepted.has(pcx)) {
        this.notes.push(`${r.address}: its peering connection is not accepted in the bundle`);
        continue;
      }
      const own = vpcOfTable(table);
      const a = this.network(tf.resolve(pcx, pcx.body.vpc_id));
      const b = this.network(tf.resolve(pcx, pcx.body.peer_vpc_id));
      const other = own === a ? b : own === b ? a : undefined;
      if (!other) {
        this.notes.push(`${r.address}: its peering connection does not join the route table's VPC`);
        continue;
      }
      add(table, { prefix, hop: { kind: "peer", network: other }, resource: r.address });
    }
    // VPN connections on a virtual private gateway: their static routes, in every table the gateway propagates to.
    const ends = new Map<TfBlock, { end: TunnelEnd; prefixes: Ipv4Range[]; resource: string }[]>();
    for (const v of tf.ofType("aws_vpn_connection")) {
      const vgw = tf.resolve(v, v.body.vpn_gateway_id);
      const cgw = tf.resolve(v, v.body.customer_gateway_id);
      const vpc = vgw ? this.network(tf.resolve(vgw, vgw.body.vpc_id)) : undefined;
      if (!vgw || !cgw || !vpc) {
        this.notes.push(`${v.address}: its gateways or VPC are not in the bundle`);
        continue;
      }
      if (v.body.static_routes_only === false) this.notes.push(`${v.address}: routes learned over BGP are not read`);
      const end: TunnelEnd = { id: v.address, networks: [vpc], own: v.address, peer: this.identity(cgw, cgw.body.ip_address), sharedKey: String(v.body.tunnel1_preshared_key ?? "") };
      this.tunnelEnds.push(end);
      const prefixes = tf.ofType("aws_vpn_connection_route").filter((r) => tf.resolve(r, r.body.vpn_connection_id) === v).flatMap((r) => ranges(r.body.destination_cidr_block));
      ends.set(vgw, [...(ends.get(vgw) ?? []), { end, prefixes, resource: v.address }]);
    }
    for (const p of tf.ofType("aws_vpn_gateway_route_propagation")) {
      const vgw = tf.resolve(p, p.body.vpn_gateway_id);
      const table = tf.resolve(p, p.body.route_table_id);
      if (!vgw || !table) continue;
      for (const c of ends.get(vgw) ?? []) for (const prefix of c.prefixes) add(table, { prefix, hop: { kind: "tunnel", end: c.end }, resource: `${c.resource} (propagated by ${p.address})` });
    }
  }

  private readGcpRouting(): void {
    const tf = this.tf;
    const addressOf = new Map<TfBlock, TfBlock>();
    for (const f of tf.ofType("google_compute_forwarding_rule")) {
      const gateway = tf.resolve(f, f.body.target);
      const address = tf.resolve(f, f.body.ip_address);
      if (gateway && address) addressOf.set(gateway, address);
    }
    for (const t of tf.ofType("google_compute_vpn_tunnel")) {
      const gateway = tf.resolve(t, t.body.target_vpn_gateway);
      const net = gateway ? this.network(tf.resolve(gateway, gateway.body.network)) : undefined;
      const address = gateway ? addressOf.get(gateway) : undefined;
      if (!gateway || !net || !address) {
        this.notes.push(`${t.address}: its gateway, network or address is not in the bundle`);
        continue;
      }
      const end: TunnelEnd = { id: t.address, networks: [net], own: address.address, peer: this.identity(t, t.body.peer_ip), sharedKey: String(t.body.shared_secret ?? "") };
      this.tunnelEnds.push(end);
      for (const r of tf.ofType("google_compute_route").filter((x) => tf.resolve(x, x.body.next_hop_vpn_tunnel) === t)) {
        const network = this.network(tf.resolve(r, r.body.network));
        const prefix = ranges(r.body.dest_range)[0];
        if (!network || !prefix) continue;
        this.gcpRoutes.push({ route: { prefix, hop: { kind: "tunnel", end }, resource: r.address }, tags: stringsOf(r.body.tags), network });
      }
    }
  }

  private readDns(): void {
    const tf = this.tf;
    for (const z of tf.ofType("azurerm_private_dns_zone")) {
      const links = tf.ofType("azurerm_private_dns_zone_virtual_network_link").filter((l) => tf.resolve(l, l.body.private_dns_zone_name) === z);
      const records = new Map<string, string>();
      for (const r of tf.ofType("azurerm_private_dns_a_record").filter((x) => tf.resolve(x, x.body.zone_name) === z)) {
        const ip = stringsOf(r.body.records)[0];
        if (ip && typeof r.body.name === "string") records.set(r.body.name, ip);
      }
      this.zones.push({ name: String(z.body.name), resource: z.address, records, networks: links.flatMap((l) => this.network(tf.resolve(l, l.body.virtual_network_id)) ?? []) });
    }
    for (const z of tf.ofType("aws_route53_zone")) {
      const zoneName = String(z.body.name).replace(/\.$/, "");
      const records = new Map<string, string>();
      for (const r of tf.ofType("aws_route53_record").filter((x) => tf.resolve(x, x.body.zone_id) === z && x.body.type === "A")) {
        const ip = stringsOf(r.body.records)[0];
        const name = String(r.body.name).replace(/\.$/, "");
        if (ip && name.endsWith(`.${zoneName}`)) records.set(name.slice(0, -zoneName.length - 1), ip);
      }
      this.zones.push({ name: zoneName, resource: z.address, records, networks: all(z.body.vpc).flatMap((v) => this.network(tf.resolve(z, v.vpc_id)) ?? []) });
    }
    for (const z of tf.ofType("google_dns_managed_zone")) {
      if (z.body.visibility !== "private") continue;
      const zoneName = String(z.body.dns_name).replace(/\.$/, "");
      const records = new Map<string, string>();
      for (const r of tf.ofType("google_dns_record_set").filter((x) => tf.resolve(x, x.body.managed_zone) === z && x.body.type === "A")) {
        const ip = stringsOf(r.body.rrdatas)[0];
        const name = String(r.body.name).replace(/\.$/, "");
        if (ip && name.endsWith(`.${zoneName}`)) records.set(name.slice(0, -zoneName.length - 1), ip);
      }
      const networks = all(first(z.body.private_visibility_config)?.networks).flatMap((n) => this.network(tf.resolve(z, (n as Json).network_url)) ?? []);
      this.zones.push({ name: zoneName, resource: z.address, records, networks });
    }
  }
}
