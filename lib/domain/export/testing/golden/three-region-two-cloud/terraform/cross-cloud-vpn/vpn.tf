# eastus (azure eastus): its network, created by the azure module, and a VPN gateway
data "azurerm_resource_group" "hub" {
  name = "rg-${local.name_prefix}-eastus"
}

data "azurerm_virtual_wan" "wan" {
  name                = "vwan-${local.name_prefix}"
  resource_group_name = data.azurerm_resource_group.hub.name
}

data "azurerm_virtual_hub" "hub" {
  name                = "vhub-${local.name_prefix}-eastus"
  resource_group_name = data.azurerm_resource_group.hub.name
}

resource "azurerm_vpn_gateway" "hub" {
  name                = "vpngw-${local.name_prefix}-eastus"
  resource_group_name = data.azurerm_resource_group.hub.name
  location            = data.azurerm_resource_group.hub.location
  virtual_hub_id      = data.azurerm_virtual_hub.hub.id
  scale_unit          = 1
  tags                = local.tags
}

# virginia (aws us-east-1): its network, created by the aws module, and a VPN gateway
data "aws_vpc" "virginia" {
  provider = aws.us_east_1

  filter {
    name   = "tag:Name"
    values = ["${local.name_prefix}-virginia"]
  }
}

data "aws_route_table" "virginia_private" {
  provider = aws.us_east_1
  vpc_id   = data.aws_vpc.virginia.id

  filter {
    name   = "tag:Name"
    values = ["${local.name_prefix}-virginia-private"]
  }
}

resource "aws_vpn_gateway" "virginia" {
  provider = aws.us_east_1
  vpc_id   = data.aws_vpc.virginia.id
  tags     = {
    Name = "${local.name_prefix}-virginia"
  }
}

resource "aws_vpn_gateway_route_propagation" "virginia" {
  provider       = aws.us_east_1
  vpn_gateway_id = aws_vpn_gateway.virginia.id
  route_table_id = data.aws_route_table.virginia_private.id
}

# VPN eastus-virginia: eastus, westeurope (azure) <-> virginia (aws)
resource "aws_customer_gateway" "eastus_virginia" {
  provider   = aws.us_east_1
  bgp_asn    = 65000
  ip_address = [for ip in tolist(azurerm_vpn_gateway.hub.bgp_settings[0].instance_0_bgp_peering_address[0].tunnel_ips) : ip if !startswith(ip, "192.168.0.") && !startswith(ip, "192.168.1.")][0]
  type       = "ipsec.1"
  tags       = {
    Name = "${local.name_prefix}-eastus"
  }
}

resource "aws_vpn_connection" "eastus_virginia" {
  provider              = aws.us_east_1
  vpn_gateway_id        = aws_vpn_gateway.virginia.id
  customer_gateway_id   = aws_customer_gateway.eastus_virginia.id
  type                  = "ipsec.1"
  static_routes_only    = true
  tunnel1_preshared_key = var.vpn_shared_secret
  tunnel2_preshared_key = var.vpn_shared_secret
  tags                  = {
    Name = "${local.name_prefix}-eastus-virginia"
  }
}

resource "aws_vpn_connection_route" "eastus_virginia" {
  provider               = aws.us_east_1
  destination_cidr_block = "10.1.0.0/16"
  vpn_connection_id      = aws_vpn_connection.eastus_virginia.id
}

resource "aws_vpn_connection_route" "eastus_virginia_1" {
  provider               = aws.us_east_1
  destination_cidr_block = "10.2.0.0/16"
  vpn_connection_id      = aws_vpn_connection.eastus_virginia.id
}

resource "azurerm_vpn_site" "eastus_virginia" {
  name                = "site-${local.name_prefix}-virginia"
  resource_group_name = data.azurerm_resource_group.hub.name
  location            = data.azurerm_resource_group.hub.location
  virtual_wan_id      = data.azurerm_virtual_wan.wan.id
  address_cidrs       = ["10.3.0.0/16"]
  tags                = local.tags

  link {
    name       = "primary"
    ip_address = aws_vpn_connection.eastus_virginia.tunnel1_address
  }
}

resource "azurerm_vpn_gateway_connection" "eastus_virginia" {
  name               = "cn-${local.name_prefix}-hub-to-virginia"
  vpn_gateway_id     = azurerm_vpn_gateway.hub.id
  remote_vpn_site_id = azurerm_vpn_site.eastus_virginia.id

  vpn_link {
    name             = "primary"
    vpn_site_link_id = azurerm_vpn_site.eastus_virginia.link[0].id
    shared_key       = var.vpn_shared_secret
  }
}
