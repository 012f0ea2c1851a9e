// What the network plumbing of an export costs, in each provider's reference region, USD per hour unless
// stated, compiled 2026-11 from the providers' published list prices (azure.microsoft.com/pricing/details/
// virtual-wan, /vpn-gateway, /azure-nat-gateway, /load-balancer, /dns, /ip-addresses; aws.amazon.com/vpn/
// pricing, /vpc/pricing (NAT gateway, public IPv4), /elasticloadbalancing/pricing, /route53/pricing;
// cloud.google.com/network-connectivity/docs/vpn/pricing, /vpc/network-pricing (forwarding rules, Cloud NAT,
// external IPs), /dns/pricing). Data transfer between regions is in the egress model, not here.

export const NETWORK_FEES = {
  azure: {
    /** Virtual WAN Standard hub. */
    virtualHubHourly: 0.25,
    /** Virtual WAN site-to-site VPN: one scale unit (500 Mbps), and each connection to a site. */
    hubVpnScaleUnitHourly: 0.361,
    hubVpnConnectionHourly: 0.05,
    /** VNet VPN gateway VpnGw1 and its zone-redundant VpnGw1AZ; tunnels 1-10 are included. */
    vpnGatewayHourly: 0.19,
    vpnGatewayZonalHourly: 0.361,
    /** Standard public IPv4 (NAT, VPN gateway). */
    publicIpHourly: 0.005,
    natGatewayHourly: 0.045,
    /** Standard Load Balancer: first 5 rules, then each further rule. */
    loadBalancerHourly: 0.025,
    loadBalancerExtraRuleHourly: 0.01,
    /** Private DNS zone, per month. */
    privateZoneMonthly: 0.5,
  },
  aws: {
    /** Site-to-site VPN connection. */
    vpnConnectionHourly: 0.05,
    natGatewayHourly: 0.045,
    publicIpHourly: 0.005,
    /** Network Load Balancer per hour (before capacity units). */
    networkLoadBalancerHourly: 0.0225,
    /** Route 53 private hosted zone, per month. */
    privateZoneMonthly: 0.5,
  },
  gcp: {
    /** Cloud VPN tunnel. */
    vpnTunnelHourly: 0.05,
    /** Forwarding rules: the first 5 in a region, then each further one. */
    forwardingRulesHourly: 0.025,
    forwardingRuleExtraHourly: 0.01,
    staticIpHourly: 0.005,
    /** Cloud NAT: per VM-hour, up to 32 VMs per gateway. */
    natPerVmHourly: 0.0014,
    natMaxVms: 32,
    /** Cloud DNS managed zone, per month. */
    privateZoneMonthly: 0.2,
  },
} as const;
