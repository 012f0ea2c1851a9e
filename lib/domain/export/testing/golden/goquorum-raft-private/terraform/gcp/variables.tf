variable "network_name" {
  description = "Short name of the network; prefixes every resource name."
  type        = string
  default     = "supply-chain-raft"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,19}$", var.network_name))
    error_message = "network_name must be 2-20 lowercase letters, digits or '-', starting with a letter."
  }
}

variable "tags" {
  description = "Tags (labels on Google Cloud) applied to every resource, from the topology document."
  type        = map(string)
  default     = {
    project = "supply-chain"
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

variable "project_id" {
  description = "Google Cloud project to deploy into."
  type        = string
}
