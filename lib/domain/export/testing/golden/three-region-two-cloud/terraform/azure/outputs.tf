# Values other modules and operators need after apply.
output "virtual_network_ids" {
  description = "VNet id per region."
  value       = {
    eastus     = azurerm_virtual_network.eastus.id
    westeurope = azurerm_virtual_network.westeurope.id
  }
}

output "nat_public_ips" {
  description = "Egress address per region, for allow-lists elsewhere."
  value       = {
    eastus     = azurerm_public_ip.eastus_nat.ip_address
    westeurope = azurerm_public_ip.westeurope_nat.ip_address
  }
}

output "aks_get_credentials" {
  description = "Run these to point kubectl at each region's cluster before installing the Helm releases."
  value       = {
    eastus = "az aks get-credentials --resource-group ${azurerm_resource_group.eastus.name} --name ${azurerm_kubernetes_cluster.eastus.name}"
  }
}

output "vm_private_ips" {
  description = "Private address per VM node."
  value       = {
    bootnode-eastus-1      = azurerm_network_interface.bootnode_eastus_1.private_ip_address
    validator-westeurope-1 = azurerm_network_interface.validator_westeurope_1.private_ip_address
  }
}
