import { CURRENT_SCHEMA_VERSION } from "../../schema";
import { defineTemplate } from "../define-template";

// 7 validators (2/2/2/1, quorum 5) over four US regions on two clouds. Two cross-cloud links (Virginia and
// the West/Midwest pair) so no single link partitions the chain.
export const usHipaaAwsAzure = defineTemplate({
  slug: "us-hipaa-besu-aws-azure",
  title: "US HIPAA, 4 regions, Besu on AWS and Azure",
  description:
    "Besu QBFT for health data across AWS us-east-1 and us-west-2 and Azure East US 2 and Central US, all inside the providers' HIPAA BAAs. Storage is encrypted, RPC is internal and authenticated, and the chain survives losing any one region (not a whole cloud: that takes validators on three).",
  tags: ["hipaa", "healthcare", "us", "aws", "azure", "multi-cloud", "besu", "qbft"],
  claims: ["hipaa", "soc2"],
  survives: "region",
  document: {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "US HIPAA Besu (AWS + Azure)",
    network: { client: "besu", consensus: "qbft", chainId: 3401, blockPeriodSeconds: 2, topology: "mesh" },
    regions: [
      { id: "aws-us-east-1", provider: "aws", region: "us-east-1", primary: true, cidr: "10.20.0.0/16" },
      { id: "aws-us-west-2", provider: "aws", region: "us-west-2", cidr: "10.21.0.0/16" },
      { id: "eastus2", provider: "azure", region: "eastus2", cidr: "10.22.0.0/16" },
      { id: "centralus", provider: "azure", region: "centralus", cidr: "10.23.0.0/16" },
    ],
    nodeGroups: [
      { id: "validators-use1", regionId: "aws-us-east-1", role: "validator", count: 2, deploymentType: "eks", vmSize: "m6i.xlarge", storage: { type: "premium", sizeGB: 512 } },
      { id: "validators-usw2", regionId: "aws-us-west-2", role: "validator", count: 2, deploymentType: "eks", vmSize: "m6i.xlarge", storage: { type: "premium", sizeGB: 512 } },
      { id: "validators-eus2", regionId: "eastus2", role: "validator", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5", storage: { type: "premium", sizeGB: 512 } },
      { id: "validators-cus", regionId: "centralus", role: "validator", count: 1, deploymentType: "aks", vmSize: "Standard_D4s_v5", storage: { type: "premium", sizeGB: 512 } },
      { id: "bootnode-use1", regionId: "aws-us-east-1", role: "bootnode", count: 1, deploymentType: "ec2", vmSize: "m6i.large" },
      { id: "bootnode-eus2", regionId: "eastus2", role: "bootnode", count: 1, deploymentType: "vm", vmSize: "Standard_D2s_v5" },
      { id: "rpc-use1", regionId: "aws-us-east-1", role: "rpc", name: "clinical-api", count: 2, deploymentType: "eks", vmSize: "m6i.xlarge", exposure: "internal", authenticated: true },
      { id: "rpc-eus2", regionId: "eastus2", role: "rpc", name: "claims-api", count: 1, deploymentType: "aks", vmSize: "Standard_D4s_v5", exposure: "internal", authenticated: true },
      { id: "members-usw2", regionId: "aws-us-west-2", role: "member", name: "providers", count: 2, deploymentType: "eks", vmSize: "m6i.large", memberType: "permissioned" },
      { id: "members-cus", regionId: "centralus", role: "member", name: "payers", count: 2, deploymentType: "aks", vmSize: "Standard_D2s_v5", memberType: "permissioned" },
      { id: "archive-cus", regionId: "centralus", role: "archive", count: 1, deploymentType: "vm", vmSize: "Standard_E8s_v5", storage: { type: "premium", sizeGB: 2048 } },
    ],
    links: [
      { id: "use1-usw2", from: "aws-us-east-1", to: "aws-us-west-2", kind: "peering" },
      { id: "eus2-cus", from: "eastus2", to: "centralus", kind: "peering" },
      { id: "use1-eus2", from: "aws-us-east-1", to: "eastus2", kind: "interconnect" },
      { id: "usw2-cus", from: "aws-us-west-2", to: "centralus", kind: "vpn" },
    ],
    compliance: { packs: ["hipaa", "soc2"] },
    operations: { monitoring: true, auditLogging: true, encryptionAtRest: true, backupRegionId: "centralus" },
    tags: { environment: "production", "data-classification": "phi" },
  },
});
