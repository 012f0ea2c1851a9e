# AKS in eastus: a small system pool, then one user pool per node group (its own subnet and NSG).
resource "azurerm_user_assigned_identity" "eastus_aks" {
  name                = "id-${local.name_prefix}-eastus-aks"
  resource_group_name = azurerm_resource_group.eastus.name
  location            = azurerm_resource_group.eastus.location
  tags                = local.tags
}

resource "azurerm_role_assignment" "eastus_aks_network" {
  scope                = azurerm_virtual_network.eastus.id
  role_definition_name = "Network Contributor"
  principal_id         = azurerm_user_assigned_identity.eastus_aks.principal_id
}

resource "azurerm_kubernetes_cluster" "eastus" {
  name                = "aks-${local.name_prefix}-eastus"
  resource_group_name = azurerm_resource_group.eastus.name
  location            = azurerm_resource_group.eastus.location
  dns_prefix          = "${local.name_prefix}-eastus"
  sku_tier            = "Standard"
  tags                = local.tags

  default_node_pool {
    name                         = "system"
    vm_size                      = "Standard_D2s_v5"
    node_count                   = 2
    vnet_subnet_id               = azurerm_subnet.eastus_system.id
    only_critical_addons_enabled = true
    temporary_name_for_rotation  = "systemtmp"
    zones                        = ["1", "2", "3"]
  }

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.eastus_aks.id]
  }

  network_profile {
    network_plugin      = "azure"
    network_plugin_mode = "overlay"
    network_data_plane  = "cilium"
    network_policy      = "cilium"
    pod_cidr            = "100.64.0.0/16"
    service_cidr        = "172.16.0.0/20"
    dns_service_ip      = "172.16.0.10"
    outbound_type       = "userAssignedNATGateway"
  }
  depends_on = [azurerm_role_assignment.eastus_aks_network, azurerm_subnet_nat_gateway_association.eastus_system]
}

resource "azurerm_kubernetes_cluster_node_pool" "eastus_validators" {
  name                  = "validators"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.eastus.id
  vm_size               = "Standard_D4s_v5"
  vnet_subnet_id        = azurerm_subnet.eastus_validators.id
  zones                 = ["1", "2", "3"]
  os_disk_size_gb       = 128
  node_count            = 4
  node_labels           = {
    "meridian.io/node-group" = "validators"
    "meridian.io/role"       = "validator"
  }
  tags                  = local.tags
}

resource "azurerm_kubernetes_cluster_node_pool" "eastus_rpc" {
  name                  = "rpc"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.eastus.id
  vm_size               = "Standard_D4s_v5"
  vnet_subnet_id        = azurerm_subnet.eastus_rpc.id
  zones                 = ["1", "2", "3"]
  os_disk_size_gb       = 128
  node_count            = 1
  node_labels           = {
    "meridian.io/node-group" = "rpc"
    "meridian.io/role"       = "rpc"
  }
  tags                  = local.tags
}

resource "azurerm_kubernetes_cluster_node_pool" "eastus_members" {
  name                  = "members"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.eastus.id
  vm_size               = "Standard_D2s_v5"
  vnet_subnet_id        = azurerm_subnet.eastus_members.id
  zones                 = ["1", "2", "3"]
  os_disk_size_gb       = 128
  node_count            = 3
  node_labels           = {
    "meridian.io/node-group" = "members"
    "meridian.io/role"       = "member"
  }
  tags                  = local.tags
}

# bootnode-eastus-1: bootnode of group bootnodes
resource "azurerm_network_interface" "bootnode_eastus_1" {
  name                = "nic-${local.name_prefix}-bootnode-eastus-1"
  resource_group_name = azurerm_resource_group.eastus.name
  location            = azurerm_resource_group.eastus.location
  tags                = local.tags

  ip_configuration {
    name                          = "primary"
    subnet_id                     = azurerm_subnet.eastus_bootnodes.id
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.1.1.4"
  }
}

resource "azurerm_linux_virtual_machine" "bootnode_eastus_1" {
  name                            = "vm-${local.name_prefix}-bootnode-eastus-1"
  resource_group_name             = azurerm_resource_group.eastus.name
  location                        = azurerm_resource_group.eastus.location
  size                            = "Standard_D2s_v5"
  zone                            = "1"
  admin_username                  = var.admin_username
  network_interface_ids           = [azurerm_network_interface.bootnode_eastus_1.id]
  disable_password_authentication = true
  custom_data                     = filebase64("${path.module}/cloud-init.yaml")
  tags                            = merge(local.tags, { "meridian-node" = "bootnode-eastus-1", "meridian-role" = "bootnode" })

  admin_ssh_key {
    username   = var.admin_username
    public_key = var.ssh_public_key
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "StandardSSD_LRS"
    disk_size_gb         = 64
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}

resource "azurerm_managed_disk" "bootnode_eastus_1_data" {
  name                 = "disk-${local.name_prefix}-bootnode-eastus-1-data"
  resource_group_name  = azurerm_resource_group.eastus.name
  location             = azurerm_resource_group.eastus.location
  zone                 = "1"
  storage_account_type = "StandardSSD_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  tags                 = local.tags
}

resource "azurerm_virtual_machine_data_disk_attachment" "bootnode_eastus_1_data" {
  managed_disk_id    = azurerm_managed_disk.bootnode_eastus_1_data.id
  virtual_machine_id = azurerm_linux_virtual_machine.bootnode_eastus_1.id
  lun                = 0
  caching            = "None"
}
