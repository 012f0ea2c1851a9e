# Values other modules and operators need after apply.
output "vpn_gateway_addresses" {
  description = "Public address of each region's VPN gateway (for AWS, the virtual private gateway id: its tunnel addresses belong to each connection)."
  value       = {
    eastus   = azurerm_public_ip.eastus_vpn.ip_address
    virginia = aws_vpn_gateway.virginia.id
  }
}
