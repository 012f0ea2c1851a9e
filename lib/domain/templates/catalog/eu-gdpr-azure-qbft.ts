import { CURRENT_SCHEMA_VERSION } from "../../schema";
import { defineTemplate } from "../define-template";

// Three EU regions, two validators each: losing any one leaves 4 of 6, exactly the QBFT quorum.
export const euGdprAzureQbft = defineTemplate({
  slug: "eu-gdpr-azure-qbft",
  title: "EU GDPR, 3 regions, QBFT on Azure",
  description:
    "Besu QBFT across Amsterdam, Dublin and Frankfurt. Every node stays in the EEA, validators are split 2/2/2 so the chain survives losing any one region, and backups go to Dublin.",
  tags: ["gdpr", "eu", "azure", "besu", "qbft", "production"],
  claims: ["gdpr", "soc2"],
  survives: "region",
  document: {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "EU GDPR QBFT (Azure)",
    network: { client: "besu", consensus: "qbft", chainId: 2401, blockPeriodSeconds: 2, topology: "mesh" },
    regions: [
      { id: "westeurope", provider: "azure", region: "westeurope", primary: true, cidr: "10.10.0.0/16" },
      { id: "northeurope", provider: "azure", region: "northeurope", cidr: "10.11.0.0/16" },
      { id: "germanywestcentral", provider: "azure", region: "germanywestcentral", cidr: "10.12.0.0/16" },
    ],
    nodeGroups: [
      { id: "validators-we", regionId: "westeurope", role: "validator", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5", storage: { type: "premium", sizeGB: 512 } },
      { id: "validators-ne", regionId: "northeurope", role: "validator", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5", storage: { type: "premium", sizeGB: 512 } },
      { id: "validators-de", regionId: "germanywestcentral", role: "validator", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5", storage: { type: "premium", sizeGB: 512 } },
      { id: "bootnode-we", regionId: "westeurope", role: "bootnode", count: 1, deploymentType: "vm", vmSize: "Standard_D2s_v5" },
      { id: "bootnode-de", regionId: "germanywestcentral", role: "bootnode", count: 1, deploymentType: "vm", vmSize: "Standard_D2s_v5" },
      { id: "rpc-we", regionId: "westeurope", role: "rpc", name: "api", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5", exposure: "internal" },
      { id: "members-de", regionId: "germanywestcentral", role: "member", name: "consortium", count: 2, deploymentType: "aks", vmSize: "Standard_D2s_v5" },
    ],
    links: [
      { id: "we-ne", from: "westeurope", to: "northeurope", kind: "peering" },
      { id: "we-de", from: "westeurope", to: "germanywestcentral", kind: "peering" },
      { id: "ne-de", from: "northeurope", to: "germanywestcentral", kind: "peering" },
    ],
    compliance: { packs: ["gdpr", "soc2"] },
    operations: { monitoring: true, auditLogging: true, encryptionAtRest: true, backupRegionId: "northeurope" },
    tags: { environment: "production", "data-residency": "eea" },
  },
});
