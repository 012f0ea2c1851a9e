variable "network_name" {
  description = "Short name of the network; prefixes every resource name."
  type        = string
  default     = "trade-finance"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,19}$", var.network_name))
    error_message = "network_name must be 2-20 lowercase letters, digits or '-', starting with a letter."
  }
}

variable "tags" {
  description = "Tags (labels on Google Cloud) applied to every resource, from the topology document."
  type        = map(string)
  default     = {
    costCenter   = "cc-4711"
    environment  = "production"
    "owner:team" = "ledger-platform"
  }
}

variable "rpc_allowed_cidrs" {
  description = "Address ranges allowed to reach RPC nodes with public exposure on 8545-8546. Empty keeps them closed."
  type        = list(string)
  default     = []
}

variable "ssh_public_key" {
  description = "OpenSSH public key for the admin user of virtual machines and scale sets (required on Azure when the network has any)."
  type        = string
  default     = ""
}

variable "vpn_shared_secret" {
  description = "IPsec pre-shared key for every tunnel: 8-64 letters, digits, '.' or '_', not starting with 0 (AWS's rule)."
  type        = string
  sensitive   = true

  validation {
    condition     = can(regex("^[A-Za-z1-9._][A-Za-z0-9._]{7,63}$", var.vpn_shared_secret))
    error_message = "vpn_shared_secret must be 8-64 letters, digits, '.' or '_', and must not start with 0."
  }
}

variable "subscription_id" {
  description = "Azure subscription; null reads ARM_SUBSCRIPTION_ID."
  type        = string
  default     = null
}
