# Private zone starter.internal: every node's p2p name, resolvable from every VNet (other clouds hold the same records).
resource "azurerm_private_dns_zone" "nodes" {
  name                = "starter.internal"
  resource_group_name = azurerm_resource_group.eastus.name
  tags                = local.tags
}

resource "azurerm_private_dns_zone_virtual_network_link" "eastus" {
  name                  = "link-eastus"
  resource_group_name   = azurerm_resource_group.eastus.name
  private_dns_zone_name = azurerm_private_dns_zone.nodes.name
  virtual_network_id    = azurerm_virtual_network.eastus.id
  registration_enabled  = false
  tags                  = local.tags
}

resource "azurerm_private_dns_a_record" "validator_eastus_1" {
  name                = "validator-eastus-1"
  zone_name           = azurerm_private_dns_zone.nodes.name
  resource_group_name = azurerm_resource_group.eastus.name
  ttl                 = 300
  records             = ["10.1.255.196"]
}

resource "azurerm_private_dns_a_record" "validator_eastus_2" {
  name                = "validator-eastus-2"
  zone_name           = azurerm_private_dns_zone.nodes.name
  resource_group_name = azurerm_resource_group.eastus.name
  ttl                 = 300
  records             = ["10.1.255.197"]
}

resource "azurerm_private_dns_a_record" "validator_eastus_3" {
  name                = "validator-eastus-3"
  zone_name           = azurerm_private_dns_zone.nodes.name
  resource_group_name = azurerm_resource_group.eastus.name
  ttl                 = 300
  records             = ["10.1.255.198"]
}

resource "azurerm_private_dns_a_record" "validator_eastus_4" {
  name                = "validator-eastus-4"
  zone_name           = azurerm_private_dns_zone.nodes.name
  resource_group_name = azurerm_resource_group.eastus.name
  ttl                 = 300
  records             = ["10.1.255.199"]
}

resource "azurerm_private_dns_a_record" "bootnode_eastus_1" {
  name                = "bootnode-eastus-1"
  zone_name           = azurerm_private_dns_zone.nodes.name
  resource_group_name = azurerm_resource_group.eastus.name
  ttl                 = 300
  records             = ["10.1.1.4"]
}
