# Shared by every module: terraform plan -var-file=../common.tfvars
network_name = "supply-chain-raft"
tags = {
  "project" = "supply-chain"
}
# Address ranges that may call RPC nodes with public exposure, e.g. ["203.0.113.0/24"].
rpc_allowed_cidrs = []
# Required on Azure when the network has virtual machines or scale sets.
ssh_public_key = ""
