import { CURRENT_SCHEMA_VERSION } from "../../schema";
import { defineTemplate } from "../define-template";

// Azure Government is a sovereign cloud: it peers only with itself, so all three regions are gov regions.
export const usGovCloud = defineTemplate({
  slug: "us-gov-azure-government",
  title: "US government on Azure Government",
  description:
    "Besu QBFT inside Azure Government (Virginia, Texas, Arizona) for public-sector workloads: no region peers outside the sovereign cloud, validators split 2/2/2 survive losing any one region, storage is encrypted and every region is covered by Microsoft's HIPAA BAA.",
  tags: ["government", "sovereign", "azure-government", "us", "besu", "qbft", "hipaa"],
  claims: ["hipaa", "soc2"],
  survives: "region",
  document: {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "US Gov QBFT (Azure Government)",
    network: { client: "besu", consensus: "qbft", chainId: 1101, topology: "mesh" },
    regions: [
      { id: "usgovvirginia", provider: "azure", region: "usgovvirginia", primary: true, cidr: "10.110.0.0/16" },
      { id: "usgovtexas", provider: "azure", region: "usgovtexas", cidr: "10.111.0.0/16" },
      { id: "usgovarizona", provider: "azure", region: "usgovarizona", cidr: "10.112.0.0/16" },
    ],
    nodeGroups: [
      { id: "validators-va", regionId: "usgovvirginia", role: "validator", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5", storage: { type: "premium", sizeGB: 512 } },
      { id: "validators-tx", regionId: "usgovtexas", role: "validator", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5", storage: { type: "premium", sizeGB: 512 } },
      { id: "validators-az", regionId: "usgovarizona", role: "validator", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5", storage: { type: "premium", sizeGB: 512 } },
      { id: "bootnode-va", regionId: "usgovvirginia", role: "bootnode", count: 1, deploymentType: "vm", vmSize: "Standard_D2s_v5" },
      { id: "bootnode-tx", regionId: "usgovtexas", role: "bootnode", count: 1, deploymentType: "vm", vmSize: "Standard_D2s_v5" },
      { id: "rpc-va", regionId: "usgovvirginia", role: "rpc", name: "agency-api", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5", exposure: "internal" },
      { id: "members-tx", regionId: "usgovtexas", role: "member", name: "agencies", count: 3, deploymentType: "aks", vmSize: "Standard_D2s_v5", memberType: "permissioned" },
      { id: "archive-az", regionId: "usgovarizona", role: "archive", count: 1, deploymentType: "vm", vmSize: "Standard_E8s_v5", storage: { type: "premium", sizeGB: 2048 } },
    ],
    links: [
      { id: "va-tx", from: "usgovvirginia", to: "usgovtexas", kind: "peering" },
      { id: "va-az", from: "usgovvirginia", to: "usgovarizona", kind: "peering" },
      { id: "tx-az", from: "usgovtexas", to: "usgovarizona", kind: "peering" },
    ],
    compliance: { packs: ["hipaa", "soc2"] },
    operations: { monitoring: true, auditLogging: true, encryptionAtRest: true, backupRegionId: "usgovarizona" },
    tags: { environment: "production", classification: "gov" },
  },
});
