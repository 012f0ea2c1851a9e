resource "azurerm_network_security_group" "eastus_validators_eastus" {
  name                = "nsg-${local.name_prefix}-eastus-validators-eastus"
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
    source_address_prefixes    = ["10.1.0.0/16", "10.2.0.0/15"]
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
    source_address_prefixes    = ["10.1.0.0/16", "10.2.0.0/15"]
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

resource "azurerm_network_security_group" "eastus_boot_eastus" {
  name                = "nsg-${local.name_prefix}-eastus-boot-eastus"
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
    source_address_prefixes    = ["10.1.0.0/16", "10.2.0.0/15"]
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
    source_address_prefixes    = ["10.1.0.0/16", "10.2.0.0/15"]
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

resource "azurerm_network_security_group" "eastus_rpc_eastus" {
  name                = "nsg-${local.name_prefix}-eastus-rpc-eastus"
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
    source_address_prefixes    = ["10.1.0.0/16", "10.2.0.0/15"]
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
    source_address_prefixes    = ["10.1.0.0/16", "10.2.0.0/15"]
    destination_address_prefix = "*"
  }

  dynamic "security_rule" {
    for_each = length(var.rpc_allowed_cidrs) > 0 ? ["rpc"] : []

    content {
      name                       = "rpc"
      description                = "JSON-RPC and WebSocket (public exposure)"
      priority                   = 120
      direction                  = "Inbound"
      access                     = "Allow"
      protocol                   = "Tcp"
      source_port_range          = "*"
      destination_port_range     = "8545-8546"
      source_address_prefixes    = var.rpc_allowed_cidrs
      destination_address_prefix = "*"
    }
  }

  security_rule {
    name                       = "rpc-vnet"
    description                = "JSON-RPC and WebSocket from the region's own network"
    priority                   = 130
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
    priority                   = 140
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

resource "azurerm_subnet_network_security_group_association" "eastus_validators_eastus" {
  subnet_id                 = azurerm_subnet.eastus_validators_eastus.id
  network_security_group_id = azurerm_network_security_group.eastus_validators_eastus.id
}

resource "azurerm_subnet_network_security_group_association" "eastus_boot_eastus" {
  subnet_id                 = azurerm_subnet.eastus_boot_eastus.id
  network_security_group_id = azurerm_network_security_group.eastus_boot_eastus.id
}

resource "azurerm_subnet_network_security_group_association" "eastus_rpc_eastus" {
  subnet_id                 = azurerm_subnet.eastus_rpc_eastus.id
  network_security_group_id = azurerm_network_security_group.eastus_rpc_eastus.id
}

resource "azurerm_network_security_group" "westeurope_validators_westeurope" {
  name                = "nsg-${local.name_prefix}-westeurope-validators-westeurope"
  resource_group_name = azurerm_resource_group.westeurope.name
  location            = azurerm_resource_group.westeurope.location
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
    source_address_prefixes    = ["10.1.0.0/16", "10.2.0.0/15"]
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
    source_address_prefixes    = ["10.1.0.0/16", "10.2.0.0/15"]
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
    source_address_prefixes    = ["10.2.0.0/16"]
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
    source_address_prefixes    = ["10.2.0.0/24"]
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

resource "azurerm_network_security_group" "westeurope_members_westeurope" {
  name                = "nsg-${local.name_prefix}-westeurope-members-westeurope"
  resource_group_name = azurerm_resource_group.westeurope.name
  location            = azurerm_resource_group.westeurope.location
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
    source_address_prefixes    = ["10.1.0.0/16", "10.2.0.0/15"]
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
    source_address_prefixes    = ["10.1.0.0/16", "10.2.0.0/15"]
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
    source_address_prefixes    = ["10.2.0.0/16"]
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
    source_address_prefixes    = ["10.2.0.0/16"]
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
    source_address_prefixes    = ["10.2.1.0/24"]
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

resource "azurerm_network_security_group" "westeurope_gateway_westeurope" {
  name                = "nsg-${local.name_prefix}-westeurope-gateway-westeurope"
  resource_group_name = azurerm_resource_group.westeurope.name
  location            = azurerm_resource_group.westeurope.location
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
    source_address_prefixes    = ["10.1.0.0/16", "10.2.0.0/15"]
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
    source_address_prefixes    = ["10.1.0.0/16", "10.2.0.0/15"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "rpc"
    description                = "JSON-RPC and WebSocket (internal exposure)"
    priority                   = 120
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "8545-8546"
    source_address_prefixes    = ["10.1.0.0/16", "10.2.0.0/15"]
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
    source_address_prefixes    = ["10.2.0.0/16"]
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
    source_address_prefixes    = ["10.2.2.0/24"]
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

resource "azurerm_subnet_network_security_group_association" "westeurope_validators_westeurope" {
  subnet_id                 = azurerm_subnet.westeurope_validators_westeurope.id
  network_security_group_id = azurerm_network_security_group.westeurope_validators_westeurope.id
}

resource "azurerm_subnet_network_security_group_association" "westeurope_members_westeurope" {
  subnet_id                 = azurerm_subnet.westeurope_members_westeurope.id
  network_security_group_id = azurerm_network_security_group.westeurope_members_westeurope.id
}

resource "azurerm_subnet_network_security_group_association" "westeurope_gateway_westeurope" {
  subnet_id                 = azurerm_subnet.westeurope_gateway_westeurope.id
  network_security_group_id = azurerm_network_security_group.westeurope_gateway_westeurope.id
}
