import { CURRENT_SCHEMA_VERSION } from "../../schema";
import { defineTemplate } from "../define-template";

// 6 validators, 2 per cloud (quorum 4): any one cloud can go. The three clouds are linked in a triangle, so
// losing a cloud, a region or a link never cuts the survivors apart.
export const globalMulticloud = defineTemplate({
  slug: "global-multicloud-5-region",
  title: "Global, 5 regions on 3 clouds, survives any cloud",
  description:
    "Besu QBFT across Azure (Virginia, Amsterdam), AWS (Oregon, Singapore) and Google Cloud (Netherlands). Two validators per cloud: the chain survives losing any one region or any one whole cloud provider, and the clouds are linked in a triangle.",
  tags: ["global", "multi-cloud", "azure", "aws", "gcp", "besu", "qbft", "high-availability"],
  claims: ["soc2"],
  survives: "provider",
  document: {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "Global multi-cloud QBFT",
    network: { client: "besu", consensus: "qbft", chainId: 5501, blockPeriodSeconds: 5, requestTimeoutSeconds: 10, topology: "mesh" },
    regions: [
      { id: "eastus", provider: "azure", region: "eastus", primary: true, cidr: "10.30.0.0/16" },
      { id: "westeurope", provider: "azure", region: "westeurope", cidr: "10.31.0.0/16" },
      { id: "aws-us-west-2", provider: "aws", region: "us-west-2", cidr: "10.32.0.0/16" },
      { id: "aws-ap-southeast-1", provider: "aws", region: "ap-southeast-1", cidr: "10.33.0.0/16" },
      { id: "gcp-europe-west4", provider: "gcp", region: "europe-west4", cidr: "10.34.0.0/16" },
    ],
    nodeGroups: [
      { id: "validators-eastus", regionId: "eastus", role: "validator", count: 1, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
      { id: "validators-westeurope", regionId: "westeurope", role: "validator", count: 1, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
      { id: "validators-usw2", regionId: "aws-us-west-2", role: "validator", count: 1, deploymentType: "eks", vmSize: "m6i.xlarge" },
      { id: "validators-apse1", regionId: "aws-ap-southeast-1", role: "validator", count: 1, deploymentType: "eks", vmSize: "m6i.xlarge" },
      { id: "validators-euw4", regionId: "gcp-europe-west4", role: "validator", count: 2, deploymentType: "gke", vmSize: "n2-standard-4" },
      { id: "bootnode-eastus", regionId: "eastus", role: "bootnode", count: 1, deploymentType: "vm", vmSize: "Standard_D2s_v5" },
      { id: "bootnode-usw2", regionId: "aws-us-west-2", role: "bootnode", count: 1, deploymentType: "ec2", vmSize: "m6i.large" },
      { id: "bootnode-euw4", regionId: "gcp-europe-west4", role: "bootnode", count: 1, deploymentType: "gce", vmSize: "n2-standard-2" },
      { id: "rpc-eastus", regionId: "eastus", role: "rpc", name: "americas", count: 1, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
      { id: "rpc-apse1", regionId: "aws-ap-southeast-1", role: "rpc", name: "asia", count: 1, deploymentType: "eks", vmSize: "m6i.xlarge" },
      { id: "rpc-euw4", regionId: "gcp-europe-west4", role: "rpc", name: "europe", count: 1, deploymentType: "gke", vmSize: "n2-standard-4" },
      { id: "members-westeurope", regionId: "westeurope", role: "member", count: 2, deploymentType: "aks", vmSize: "Standard_D2s_v5" },
      { id: "archive-usw2", regionId: "aws-us-west-2", role: "archive", count: 1, deploymentType: "ec2", vmSize: "r6i.2xlarge", storage: { type: "premium", sizeGB: 2048 } },
    ],
    links: [
      { id: "azure-peering", from: "eastus", to: "westeurope", kind: "peering" },
      { id: "aws-peering", from: "aws-us-west-2", to: "aws-ap-southeast-1", kind: "peering" },
      { id: "azure-aws", from: "eastus", to: "aws-us-west-2", kind: "vpn" },
      { id: "aws-gcp", from: "aws-ap-southeast-1", to: "gcp-europe-west4", kind: "vpn" },
      { id: "gcp-azure", from: "gcp-europe-west4", to: "westeurope", kind: "interconnect" },
    ],
    compliance: { packs: ["soc2"] },
    operations: { monitoring: true, auditLogging: true, encryptionAtRest: true, backupRegionId: "aws-us-west-2" },
    tags: { environment: "production" },
  },
});
