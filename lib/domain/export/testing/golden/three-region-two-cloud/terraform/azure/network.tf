resource "azurerm_resource_group" "eastus" {
  name     = "rg-${local.name_prefix}-eastus"
  location = "eastus"
  tags     = local.tags
}

resource "azurerm_virtual_network" "eastus" {
  name                = "vnet-${local.name_prefix}-eastus"
  resource_group_name = azurerm_resource_group.eastus.name
  location            = azurerm_resource_group.eastus.location
  address_space       = ["10.1.0.0/16"]
  tags                = local.tags
}

resource "azurerm_subnet" "eastus_validators_eastus" {
  name                 = "snet-validators-eastus"
  resource_group_name  = azurerm_resource_group.eastus.name
  virtual_network_name = azurerm_virtual_network.eastus.name
  address_prefixes     = ["10.1.0.0/24"]
}

resource "azurerm_subnet" "eastus_boot_eastus" {
  name                 = "snet-boot-eastus"
  resource_group_name  = azurerm_resource_group.eastus.name
  virtual_network_name = azurerm_virtual_network.eastus.name
  address_prefixes     = ["10.1.1.0/24"]
}

resource "azurerm_subnet" "eastus_rpc_eastus" {
  name                 = "snet-rpc-eastus"
  resource_group_name  = azurerm_resource_group.eastus.name
  virtual_network_name = azurerm_virtual_network.eastus.name
  address_prefixes     = ["10.1.2.0/24"]
}

resource "azurerm_subnet" "eastus_system" {
  name                 = "snet-aks-system"
  resource_group_name  = azurerm_resource_group.eastus.name
  virtual_network_name = azurerm_virtual_network.eastus.name
  address_prefixes     = ["10.1.255.64/26"]
}

resource "azurerm_subnet" "eastus_lb" {
  name                 = "snet-p2p-lb"
  resource_group_name  = azurerm_resource_group.eastus.name
  virtual_network_name = azurerm_virtual_network.eastus.name
  address_prefixes     = ["10.1.255.192/26"]
}

resource "azurerm_public_ip" "eastus_nat" {
  name                = "pip-${local.name_prefix}-eastus-nat"
  resource_group_name = azurerm_resource_group.eastus.name
  location            = azurerm_resource_group.eastus.location
  allocation_method   = "Static"
  sku                 = "Standard"
  tags                = local.tags
}

resource "azurerm_nat_gateway" "eastus" {
  name                = "ng-${local.name_prefix}-eastus"
  resource_group_name = azurerm_resource_group.eastus.name
  location            = azurerm_resource_group.eastus.location
  sku_name            = "Standard"
  tags                = local.tags
}

resource "azurerm_nat_gateway_public_ip_association" "eastus" {
  nat_gateway_id       = azurerm_nat_gateway.eastus.id
  public_ip_address_id = azurerm_public_ip.eastus_nat.id
}

resource "azurerm_subnet_nat_gateway_association" "eastus_validators_eastus" {
  subnet_id      = azurerm_subnet.eastus_validators_eastus.id
  nat_gateway_id = azurerm_nat_gateway.eastus.id
}

resource "azurerm_subnet_nat_gateway_association" "eastus_boot_eastus" {
  subnet_id      = azurerm_subnet.eastus_boot_eastus.id
  nat_gateway_id = azurerm_nat_gateway.eastus.id
}

resource "azurerm_subnet_nat_gateway_association" "eastus_rpc_eastus" {
  subnet_id      = azurerm_subnet.eastus_rpc_eastus.id
  nat_gateway_id = azurerm_nat_gateway.eastus.id
}

resource "azurerm_subnet_nat_gateway_association" "eastus_system" {
  subnet_id      = azurerm_subnet.eastus_system.id
  nat_gateway_id = azurerm_nat_gateway.eastus.id
}

resource "azurerm_resource_group" "westeurope" {
  name     = "rg-${local.name_prefix}-westeurope"
  location = "westeurope"
  tags     = local.tags
}

resource "azurerm_virtual_network" "westeurope" {
  name                = "vnet-${local.name_prefix}-westeurope"
  resource_group_name = azurerm_resource_group.westeurope.name
  location            = azurerm_resource_group.westeurope.location
  address_space       = ["10.2.0.0/16"]
  tags                = local.tags
}

resource "azurerm_subnet" "westeurope_validators_westeurope" {
  name                 = "snet-validators-westeurope"
  resource_group_name  = azurerm_resource_group.westeurope.name
  virtual_network_name = azurerm_virtual_network.westeurope.name
  address_prefixes     = ["10.2.0.0/24"]
}

resource "azurerm_subnet" "westeurope_members_westeurope" {
  name                 = "snet-members-westeurope"
  resource_group_name  = azurerm_resource_group.westeurope.name
  virtual_network_name = azurerm_virtual_network.westeurope.name
  address_prefixes     = ["10.2.1.0/24"]
}

resource "azurerm_subnet" "westeurope_gateway_westeurope" {
  name                 = "snet-gateway-westeurope"
  resource_group_name  = azurerm_resource_group.westeurope.name
  virtual_network_name = azurerm_virtual_network.westeurope.name
  address_prefixes     = ["10.2.2.0/24"]
}

resource "azurerm_subnet" "westeurope_containers" {
  name                 = "snet-container-apps"
  resource_group_name  = azurerm_resource_group.westeurope.name
  virtual_network_name = azurerm_virtual_network.westeurope.name
  address_prefixes     = ["10.2.255.128/26"]

  delegation {
    name = "container-apps"

    service_delegation {
      name    = "Microsoft.App/environments"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}

resource "azurerm_public_ip" "westeurope_nat" {
  name                = "pip-${local.name_prefix}-westeurope-nat"
  resource_group_name = azurerm_resource_group.westeurope.name
  location            = azurerm_resource_group.westeurope.location
  allocation_method   = "Static"
  sku                 = "Standard"
  tags                = local.tags
}

resource "azurerm_nat_gateway" "westeurope" {
  name                = "ng-${local.name_prefix}-westeurope"
  resource_group_name = azurerm_resource_group.westeurope.name
  location            = azurerm_resource_group.westeurope.location
  sku_name            = "Standard"
  tags                = local.tags
}

resource "azurerm_nat_gateway_public_ip_association" "westeurope" {
  nat_gateway_id       = azurerm_nat_gateway.westeurope.id
  public_ip_address_id = azurerm_public_ip.westeurope_nat.id
}

resource "azurerm_subnet_nat_gateway_association" "westeurope_validators_westeurope" {
  subnet_id      = azurerm_subnet.westeurope_validators_westeurope.id
  nat_gateway_id = azurerm_nat_gateway.westeurope.id
}

resource "azurerm_subnet_nat_gateway_association" "westeurope_members_westeurope" {
  subnet_id      = azurerm_subnet.westeurope_members_westeurope.id
  nat_gateway_id = azurerm_nat_gateway.westeurope.id
}

resource "azurerm_subnet_nat_gateway_association" "westeurope_gateway_westeurope" {
  subnet_id      = azurerm_subnet.westeurope_gateway_westeurope.id
  nat_gateway_id = azurerm_nat_gateway.westeurope.id
}

# Virtual WAN: the hub in eastus routes between every VNet (VNet peering is not transitive). Losing the hub region cuts the spokes apart.
resource "azurerm_virtual_wan" "wan" {
  name                           = "vwan-${local.name_prefix}"
  resource_group_name            = azurerm_resource_group.eastus.name
  location                       = azurerm_resource_group.eastus.location
  type                           = "Standard"
  allow_branch_to_branch_traffic = true
  tags                           = local.tags
}

resource "azurerm_virtual_hub" "hub" {
  name                = "vhub-${local.name_prefix}-eastus"
  resource_group_name = azurerm_resource_group.eastus.name
  location            = azurerm_resource_group.eastus.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id
  address_prefix      = "192.168.0.0/23"
  sku                 = "Standard"
  tags                = local.tags
}

resource "azurerm_virtual_hub_connection" "eastus" {
  name                      = "conn-eastus"
  virtual_hub_id            = azurerm_virtual_hub.hub.id
  remote_virtual_network_id = azurerm_virtual_network.eastus.id
  internet_security_enabled = false
}

resource "azurerm_virtual_hub_connection" "westeurope" {
  name                      = "conn-westeurope"
  virtual_hub_id            = azurerm_virtual_hub.hub.id
  remote_virtual_network_id = azurerm_virtual_network.westeurope.id
  internet_security_enabled = false
}

# Link eastus-westeurope: a direct peering between eastus and westeurope, independent of the hub
resource "azurerm_virtual_network_peering" "eastus_westeurope_forward" {
  name                         = "peer-eastus-to-westeurope"
  resource_group_name          = azurerm_resource_group.eastus.name
  virtual_network_name         = azurerm_virtual_network.eastus.name
  remote_virtual_network_id    = azurerm_virtual_network.westeurope.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = false
}

resource "azurerm_virtual_network_peering" "eastus_westeurope_reverse" {
  name                         = "peer-westeurope-to-eastus"
  resource_group_name          = azurerm_resource_group.westeurope.name
  virtual_network_name         = azurerm_virtual_network.westeurope.name
  remote_virtual_network_id    = azurerm_virtual_network.eastus.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = false
}
