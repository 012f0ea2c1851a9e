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

resource "azurerm_subnet" "eastus_validators" {
  name                 = "snet-validators"
  resource_group_name  = azurerm_resource_group.eastus.name
  virtual_network_name = azurerm_virtual_network.eastus.name
  address_prefixes     = ["10.1.0.0/24"]
}

resource "azurerm_subnet" "eastus_bootnodes" {
  name                 = "snet-bootnodes"
  resource_group_name  = azurerm_resource_group.eastus.name
  virtual_network_name = azurerm_virtual_network.eastus.name
  address_prefixes     = ["10.1.1.0/24"]
}

resource "azurerm_subnet" "eastus_rpc" {
  name                 = "snet-rpc"
  resource_group_name  = azurerm_resource_group.eastus.name
  virtual_network_name = azurerm_virtual_network.eastus.name
  address_prefixes     = ["10.1.2.0/24"]
}

resource "azurerm_subnet" "eastus_members" {
  name                 = "snet-members"
  resource_group_name  = azurerm_resource_group.eastus.name
  virtual_network_name = azurerm_virtual_network.eastus.name
  address_prefixes     = ["10.1.3.0/24"]
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

resource "azurerm_subnet_nat_gateway_association" "eastus_validators" {
  subnet_id      = azurerm_subnet.eastus_validators.id
  nat_gateway_id = azurerm_nat_gateway.eastus.id
}

resource "azurerm_subnet_nat_gateway_association" "eastus_bootnodes" {
  subnet_id      = azurerm_subnet.eastus_bootnodes.id
  nat_gateway_id = azurerm_nat_gateway.eastus.id
}

resource "azurerm_subnet_nat_gateway_association" "eastus_rpc" {
  subnet_id      = azurerm_subnet.eastus_rpc.id
  nat_gateway_id = azurerm_nat_gateway.eastus.id
}

resource "azurerm_subnet_nat_gateway_association" "eastus_members" {
  subnet_id      = azurerm_subnet.eastus_members.id
  nat_gateway_id = azurerm_nat_gateway.eastus.id
}

resource "azurerm_subnet_nat_gateway_association" "eastus_system" {
  subnet_id      = azurerm_subnet.eastus_system.id
  nat_gateway_id = azurerm_nat_gateway.eastus.id
}
