# Values other modules and operators need after apply.
output "vpn_gateway_addresses" {
  description = "Public address of each region's VPN gateway (for AWS, the virtual private gateway id: its tunnel addresses belong to each connection)."
  value       = {
    eastus   = [for ip in tolist(azurerm_vpn_gateway.hub.bgp_settings[0].instance_0_bgp_peering_address[0].tunnel_ips) : ip if !startswith(ip, "192.168.0.") && !startswith(ip, "192.168.1.")][0]
    virginia = aws_vpn_gateway.virginia.id
  }
}
