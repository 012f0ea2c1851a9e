// The network an export builds, priced: NAT gateways, Virtual WAN hubs, VPN gateways and connections, the
// internal load balancers that give Kubernetes validators and bootnodes their p2p address, and the private
// DNS zones. What is built comes from the connectivity model, so the price follows the design exactly as
// the exporters realise it. Peering and VPN traffic is priced by the egress model.

import { getRegion } from "../catalog";
import type { ConnectivityModel } from "../net/connectivity";
import { dialledFromElsewhere } from "../net/p2p-exposure";
import type { NodeGroup, Provider, TopologyDocument } from "../schema";
import { costLine } from "./cost-line";
import { deploymentKindIn } from "./deployment-equivalence";
import { HOURS_PER_MONTH, NETWORK_FEES } from "./prices";
import type { CostLine, NetworkFee } from "./types";

const hourly = (label: string, perHour: number, quantity = 1) => costLine("network", label, HOURS_PER_MONTH * quantity, quantity === 1 ? "hour" : "unit-hour", perHour);

export function networkFees(doc: TopologyDocument, model: ConnectivityModel): NetworkFee[] {
  const fees: NetworkFee[] = [];
  const add = (regionIndex: number, line: CostLine) => {
    const r = doc.regions[regionIndex]!;
    if (line.monthlyUsd > 0) fees.push({ regionId: r.id, provider: r.provider, line });
  };
  const A = NETWORK_FEES.azure;
  const W = NETWORK_FEES.aws;
  const G = NETWORK_FEES.gcp;

  // Each region's groups in document order, gathered in one pass (not one pass over every group per region).
  const groupsByRegion = new Map<string, NodeGroup[]>();
  for (const g of doc.nodeGroups) {
    const list = groupsByRegion.get(g.regionId);
    if (list) list.push(g);
    else groupsByRegion.set(g.regionId, [g]);
  }
  doc.regions.forEach((r, i) => {
    const groups = groupsByRegion.get(r.id) ?? [];
    const nodes = groups.reduce((n, g) => n + g.count, 0);
    if (r.provider === "azure") add(i, hourly("NAT gateway and its public IP", A.natGatewayHourly + A.publicIpHourly));
    if (r.provider === "aws") add(i, hourly("NAT gateway and its Elastic IP", W.natGatewayHourly + W.publicIpHourly));
    if (r.provider === "gcp" && nodes > 0) add(i, costLine("network", "Cloud NAT", HOURS_PER_MONTH * Math.min(nodes, G.natMaxVms), "VM-hour", G.natPerVmHourly));
    // One internal load balancer address per Kubernetes node that other regions dial.
    const dialled = groups.filter((g) => deploymentKindIn(r.provider, g) === "kubernetes" && dialledFromElsewhere(g.role, doc.network.consensus)).reduce((n, g) => n + g.count, 0);
    if (dialled === 0) return;
    if (r.provider === "aws") add(i, costLine("network", `p2p Network Load Balancers (${dialled})`, HOURS_PER_MONTH * dialled, "LB-hour", W.networkLoadBalancerHourly));
    else {
      // TCP and UDP are one rule (Azure) or forwarding rule (Google Cloud) each; the first five come in the base price.
      const base = r.provider === "azure" ? A.loadBalancerHourly : G.forwardingRulesHourly;
      const extra = r.provider === "azure" ? A.loadBalancerExtraRuleHourly : G.forwardingRuleExtraHourly;
      add(i, hourly(`p2p internal load balancer (${dialled} address${dialled === 1 ? "" : "es"}, ${2 * dialled} rules)`, base + extra * Math.max(0, 2 * dialled - 5)));
    }
  });

  for (const f of model.fabrics) if (f.kind === "azure-virtual-wan") add(f.hub!, hourly("Virtual WAN hub (Standard)", A.virtualHubHourly));

  const gateways = new Set<string>();
  for (const c of model.crossings) {
    c.gateways.forEach((g) => {
      const region = doc.regions[g]!;
      const fabric = model.fabrics[model.fabricOf[g]!]!;
      const once = (key: string, line: CostLine) => {
        if (gateways.has(key)) return;
        gateways.add(key);
        add(g, line);
      };
      if (region.provider === "azure" && fabric.kind === "azure-virtual-wan") {
        once(`hub:${g}`, hourly("Virtual WAN site-to-site VPN (1 scale unit)", A.hubVpnScaleUnitHourly));
        add(g, hourly(`VPN site connection (${c.id})`, A.hubVpnConnectionHourly));
      } else if (region.provider === "azure") {
        const zonal = (getRegion("azure", region.region)?.availabilityZones ?? 0) > 0;
        once(`vgw:${g}`, hourly(`VPN gateway ${zonal ? "VpnGw1AZ" : "VpnGw1"} and its public IP`, (zonal ? A.vpnGatewayZonalHourly : A.vpnGatewayHourly) + A.publicIpHourly));
      } else if (region.provider === "aws") {
        add(g, hourly(`Site-to-site VPN connection (${c.id})`, W.vpnConnectionHourly));
      } else {
        once(`gcp:${g}`, hourly("VPN gateway forwarding rules and address", G.forwardingRulesHourly + G.staticIpHourly));
        add(g, hourly(`Cloud VPN tunnel (${c.id})`, G.vpnTunnelHourly));
      }
    });
  }

  // One private DNS zone per cloud, holding every node's name.
  const monthly: Record<Provider, number> = { azure: A.privateZoneMonthly, aws: W.privateZoneMonthly, gcp: G.privateZoneMonthly };
  for (const provider of ["azure", "aws", "gcp"] as const) {
    const first = doc.regions.findIndex((r) => r.provider === provider);
    if (first >= 0) add(first, costLine("network", "Private DNS zone", 1, "zone-month", monthly[provider]));
  }
  return fees;
}
