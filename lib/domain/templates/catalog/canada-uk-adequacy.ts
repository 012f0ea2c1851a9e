import { CURRENT_SCHEMA_VERSION } from "../../schema";
import { defineTemplate } from "../define-template";

// Canada and the UK both hold EU adequacy decisions, so GDPR residency holds outside the EEA. Each country
// has a region on each cloud, linked in-country (Toronto-Montreal and London) so no single link splits the chain.
export const canadaUkAdequacy = defineTemplate({
  slug: "canada-uk-adequacy",
  title: "Canada and UK (EU adequacy), Azure and AWS",
  description:
    "Besu QBFT in Canada (Azure Toronto, AWS Montreal) and London on both Azure and AWS: both countries have EU adequacy decisions, so the design passes GDPR residency without an EEA region. Validators split 2/2/2/1 survive losing any one region (not a whole cloud: that takes validators on three); the clouds are linked in each country.",
  tags: ["gdpr", "adequacy", "canada", "uk", "azure", "aws", "multi-cloud", "besu", "qbft"],
  claims: ["gdpr"],
  survives: "region",
  document: {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "Canada-UK QBFT",
    network: { client: "besu", consensus: "qbft", chainId: 4401, topology: "mesh" },
    regions: [
      { id: "canadacentral", provider: "azure", region: "canadacentral", primary: true, cidr: "10.120.0.0/16" },
      { id: "uksouth", provider: "azure", region: "uksouth", cidr: "10.121.0.0/16" },
      { id: "aws-ca-central-1", provider: "aws", region: "ca-central-1", cidr: "10.122.0.0/16" },
      { id: "aws-eu-west-2", provider: "aws", region: "eu-west-2", cidr: "10.123.0.0/16" },
    ],
    nodeGroups: [
      { id: "validators-cac", regionId: "canadacentral", role: "validator", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
      { id: "validators-uks", regionId: "uksouth", role: "validator", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
      { id: "validators-cac1", regionId: "aws-ca-central-1", role: "validator", count: 2, deploymentType: "eks", vmSize: "m6i.xlarge" },
      { id: "validators-euw2", regionId: "aws-eu-west-2", role: "validator", count: 1, deploymentType: "eks", vmSize: "m6i.xlarge" },
      { id: "bootnode-cac", regionId: "canadacentral", role: "bootnode", count: 1, deploymentType: "vm", vmSize: "Standard_D2s_v5" },
      { id: "bootnode-euw2", regionId: "aws-eu-west-2", role: "bootnode", count: 1, deploymentType: "ec2", vmSize: "m6i.large" },
      { id: "rpc-cac", regionId: "canadacentral", role: "rpc", name: "api", count: 1, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
      { id: "rpc-uks", regionId: "uksouth", role: "rpc", name: "api", count: 1, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
      { id: "members-cac1", regionId: "aws-ca-central-1", role: "member", count: 2, deploymentType: "eks", vmSize: "m6i.large" },
      { id: "members-euw2", regionId: "aws-eu-west-2", role: "member", count: 2, deploymentType: "eks", vmSize: "m6i.large" },
    ],
    links: [
      { id: "azure-ca-uk", from: "canadacentral", to: "uksouth", kind: "peering" },
      { id: "aws-ca-uk", from: "aws-ca-central-1", to: "aws-eu-west-2", kind: "peering" },
      { id: "canada-cross-cloud", from: "canadacentral", to: "aws-ca-central-1", kind: "interconnect" },
      { id: "london-cross-cloud", from: "uksouth", to: "aws-eu-west-2", kind: "interconnect" },
    ],
    compliance: { packs: ["gdpr"] },
    operations: { monitoring: true, auditLogging: true, encryptionAtRest: true, backupRegionId: "uksouth" },
    tags: { environment: "production", "data-residency": "eu-adequacy" },
  },
});
