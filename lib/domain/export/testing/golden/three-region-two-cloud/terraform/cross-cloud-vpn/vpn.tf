# eastus (azure eastus): its network, created by the azure module, and a VPN gateway
data "azurerm_resource_group" "eastus" {
  name = "rg-${local.name_prefix}-eastus"
}

data "azurerm_virtual_network" "eastus" {
  name                = "vnet-${local.name_prefix}-eastus"
  resource_group_name = data.azurerm_resource_group.eastus.name
}

resource "azurerm_subnet" "eastus_gateway" {
  name                 = "GatewaySubnet"
  resource_group_name  = data.azurerm_resource_group.eastus.name
  virtual_network_name = data.azurerm_virtual_network.eastus.name
  address_prefixes     = ["10.1.255.0/26"]
}

resource "azurerm_public_ip" "eastus_vpn" {
  name                = "pip-${local.name_prefix}-eastus-vpn"
  resource_group_name = data.azurerm_resource_group.eastus.name
  location            = data.azurerm_resource_group.eastus.location
  allocation_method   = "Static"
  sku                 = "Standard"
  zones               = ["1", "2", "3"]
  tags                = local.tags
}

resource "azurerm_virtual_network_gateway" "eastus" {
  name                = "vgw-${local.name_prefix}-eastus"
  resource_group_name = data.azurerm_resource_group.eastus.name
  location            = data.azurerm_resource_group.eastus.location
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "VpnGw1AZ"
  generation          = "Generation1"
  active_active       = false
  tags                = local.tags

  ip_configuration {
    name                          = "vnet-gateway"
    public_ip_address_id          = azurerm_public_ip.eastus_vpn.id
    private_ip_address_allocation = "Dynamic"
    subnet_id                     = azurerm_subnet.eastus_gateway.id
  }
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

# Link eastus-virginia: eastus (azure) <-> virginia (aws)
resource "aws_customer_gateway" "eastus_virginia" {
  provider   = aws.us_east_1
  bgp_asn    = 65000
  ip_address = azurerm_public_ip.eastus_vpn.ip_address
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

resource "azurerm_local_network_gateway" "eastus_virginia" {
  name                = "lgw-${local.name_prefix}-virginia"
  resource_group_name = data.azurerm_resource_group.eastus.name
  location            = data.azurerm_resource_group.eastus.location
  gateway_address     = aws_vpn_connection.eastus_virginia.tunnel1_address
  address_space       = ["10.3.0.0/16"]
  tags                = local.tags
}

resource "azurerm_virtual_network_gateway_connection" "eastus_virginia" {
  name                       = "cn-${local.name_prefix}-eastus-to-virginia"
  resource_group_name        = data.azurerm_resource_group.eastus.name
  location                   = data.azurerm_resource_group.eastus.location
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.eastus.id
  local_network_gateway_id   = azurerm_local_network_gateway.eastus_virginia.id
  shared_key                 = var.vpn_shared_secret
  tags                       = local.tags
}
