import { CURRENT_SCHEMA_VERSION } from "../../schema";
import { defineTemplate } from "../define-template";

// Spokes reach each other only through the hub, so the DR region is peered with every spoke: when the hub
// goes, the DR region becomes the path and the 5 remaining validators still make quorum (5 of 7).
export const hubSpokeDr = defineTemplate({
  slug: "hub-spoke-dr",
  title: "Hub and spoke with a disaster-recovery region",
  description:
    "Azure hub in East US with spokes in Central US and South Central US, and a DR region in West US 2 that holds backups, an archive node, a bootnode and a validator. The DR region is peered with every spoke, so the chain survives losing any one region, the hub included.",
  tags: ["hub-spoke", "disaster-recovery", "azure", "besu", "qbft", "enterprise"],
  claims: ["soc2"],
  survives: "region",
  document: {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "Hub-spoke with DR",
    network: { client: "besu", consensus: "qbft", chainId: 4501, topology: "hub-spoke", hubRegionId: "eastus" },
    regions: [
      { id: "eastus", provider: "azure", region: "eastus", primary: true, cidr: "10.50.0.0/16" },
      { id: "centralus", provider: "azure", region: "centralus", cidr: "10.51.0.0/16" },
      { id: "southcentralus", provider: "azure", region: "southcentralus", cidr: "10.52.0.0/16" },
      { id: "westus2-dr", provider: "azure", region: "westus2", cidr: "10.59.0.0/16" },
    ],
    nodeGroups: [
      { id: "validators-hub", regionId: "eastus", role: "validator", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
      { id: "validators-cus", regionId: "centralus", role: "validator", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
      { id: "validators-scus", regionId: "southcentralus", role: "validator", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
      { id: "validators-dr", regionId: "westus2-dr", role: "validator", count: 1, deploymentType: "vm", vmSize: "Standard_D4s_v5" },
      { id: "bootnode-hub", regionId: "eastus", role: "bootnode", count: 1, deploymentType: "vm", vmSize: "Standard_D2s_v5" },
      { id: "bootnode-dr", regionId: "westus2-dr", role: "bootnode", count: 1, deploymentType: "vm", vmSize: "Standard_D2s_v5" },
      { id: "rpc-hub", regionId: "eastus", role: "rpc", name: "api", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
      { id: "rpc-dr", regionId: "westus2-dr", role: "rpc", name: "api-standby", count: 1, deploymentType: "vm", vmSize: "Standard_D4s_v5" },
      { id: "members-cus", regionId: "centralus", role: "member", name: "branch", count: 1, deploymentType: "aks", vmSize: "Standard_D2s_v5" },
      { id: "members-scus", regionId: "southcentralus", role: "member", name: "branch", count: 1, deploymentType: "aks", vmSize: "Standard_D2s_v5" },
      { id: "archive-dr", regionId: "westus2-dr", role: "archive", count: 1, deploymentType: "vm", vmSize: "Standard_E8s_v5", storage: { type: "premium", sizeGB: 2048 } },
    ],
    links: [
      { id: "hub-cus", from: "eastus", to: "centralus", kind: "peering" },
      { id: "hub-scus", from: "eastus", to: "southcentralus", kind: "peering" },
      { id: "hub-dr", from: "eastus", to: "westus2-dr", kind: "peering" },
      { id: "dr-cus", from: "westus2-dr", to: "centralus", kind: "peering" },
      { id: "dr-scus", from: "westus2-dr", to: "southcentralus", kind: "peering" },
    ],
    compliance: { packs: ["soc2"] },
    operations: { monitoring: true, auditLogging: true, encryptionAtRest: true, backupRegionId: "westus2-dr" },
    tags: { environment: "production", "dr-role": "hub" },
  },
});
