resource "azurerm_network_security_group" "eastus_validators" {
  name                = "nsg-${local.name_prefix}-eastus-validators"
  resource_group_name = azurerm_resource_group.eastus.name
  location            = azurerm_resource_group.eastus.location
  tags                = local.tags

  security_rule {
    name                       = "p2p-tcp"
    description                = "devp2p (RLPx) from the regions with a path here"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "30303"
    source_address_prefixes    = ["10.1.0.0/16"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "p2p-udp"
    description                = "devp2p discovery from the regions with a path here"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_range     = "30303"
    source_address_prefixes    = ["10.1.0.0/16"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "metrics"
    description                = "Prometheus metrics from the region's own network"
    priority                   = 120
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "9545"
    source_address_prefixes    = ["10.1.0.0/16"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "group-internal"
    description                = "Any traffic within the cluster: the group's nodes, the system pool and pods"
    priority                   = 3000
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefixes    = ["10.1.0.0/24", "10.1.255.64/26", "100.64.0.0/16"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "deny-virtual-network"
    priority                   = 4000
    direction                  = "Inbound"
    access                     = "Deny"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "VirtualNetwork"
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_group" "eastus_bootnodes" {
  name                = "nsg-${local.name_prefix}-eastus-bootnodes"
  resource_group_name = azurerm_resource_group.eastus.name
  location            = azurerm_resource_group.eastus.location
  tags                = local.tags

  security_rule {
    name                       = "p2p-tcp"
    description                = "devp2p (RLPx) from the regions with a path here"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "30303"
    source_address_prefixes    = ["10.1.0.0/16"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "p2p-udp"
    description                = "devp2p discovery from the regions with a path here"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_range     = "30303"
    source_address_prefixes    = ["10.1.0.0/16"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "metrics"
    description                = "Prometheus metrics from the region's own network"
    priority                   = 120
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "9545"
    source_address_prefixes    = ["10.1.0.0/16"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "group-internal"
    description                = "Any traffic between the group's own hosts"
    priority                   = 3000
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefixes    = ["10.1.1.0/24"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "deny-virtual-network"
    priority                   = 4000
    direction                  = "Inbound"
    access                     = "Deny"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "VirtualNetwork"
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_group" "eastus_rpc" {
  name                = "nsg-${local.name_prefix}-eastus-rpc"
  resource_group_name = azurerm_resource_group.eastus.name
  location            = azurerm_resource_group.eastus.location
  tags                = local.tags

  security_rule {
    name                       = "p2p-tcp"
    description                = "devp2p (RLPx) from the regions with a path here"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "30303"
    source_address_prefixes    = ["10.1.0.0/16"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "p2p-udp"
    description                = "devp2p discovery from the regions with a path here"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_range     = "30303"
    source_address_prefixes    = ["10.1.0.0/16"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "rpc"
    description                = "JSON-RPC and WebSocket (private exposure)"
    priority                   = 120
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "8545-8546"
    source_address_prefixes    = ["10.1.0.0/16"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "metrics"
    description                = "Prometheus metrics from the region's own network"
    priority                   = 130
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "9545"
    source_address_prefixes    = ["10.1.0.0/16"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "group-internal"
    description                = "Any traffic within the cluster: the group's nodes, the system pool and pods"
    priority                   = 3000
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefixes    = ["10.1.2.0/24", "10.1.255.64/26", "100.64.0.0/16"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "deny-virtual-network"
    priority                   = 4000
    direction                  = "Inbound"
    access                     = "Deny"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "VirtualNetwork"
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_group" "eastus_members" {
  name                = "nsg-${local.name_prefix}-eastus-members"
  resource_group_name = azurerm_resource_group.eastus.name
  location            = azurerm_resource_group.eastus.location
  tags                = local.tags

  security_rule {
    name                       = "p2p-tcp"
    description                = "devp2p (RLPx) from the regions with a path here"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "30303"
    source_address_prefixes    = ["10.1.0.0/16"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "p2p-udp"
    description                = "devp2p discovery from the regions with a path here"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_range     = "30303"
    source_address_prefixes    = ["10.1.0.0/16"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "rpc"
    description                = "JSON-RPC and WebSocket (applications in the region)"
    priority                   = 120
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "8545-8546"
    source_address_prefixes    = ["10.1.0.0/16"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "metrics"
    description                = "Prometheus metrics from the region's own network"
    priority                   = 130
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "9545"
    source_address_prefixes    = ["10.1.0.0/16"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "group-internal"
    description                = "Any traffic within the cluster: the group's nodes, the system pool and pods"
    priority                   = 3000
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefixes    = ["10.1.3.0/24", "10.1.255.64/26", "100.64.0.0/16"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "deny-virtual-network"
    priority                   = 4000
    direction                  = "Inbound"
    access                     = "Deny"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "VirtualNetwork"
    destination_address_prefix = "*"
  }
}

resource "azurerm_subnet_network_security_group_association" "eastus_validators" {
  subnet_id                 = azurerm_subnet.eastus_validators.id
  network_security_group_id = azurerm_network_security_group.eastus_validators.id
}

resource "azurerm_subnet_network_security_group_association" "eastus_bootnodes" {
  subnet_id                 = azurerm_subnet.eastus_bootnodes.id
  network_security_group_id = azurerm_network_security_group.eastus_bootnodes.id
}

resource "azurerm_subnet_network_security_group_association" "eastus_rpc" {
  subnet_id                 = azurerm_subnet.eastus_rpc.id
  network_security_group_id = azurerm_network_security_group.eastus_rpc.id
}

resource "azurerm_subnet_network_security_group_association" "eastus_members" {
  subnet_id                 = azurerm_subnet.eastus_members.id
  network_security_group_id = azurerm_network_security_group.eastus_members.id
}
