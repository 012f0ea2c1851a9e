import { CURRENT_SCHEMA_VERSION } from "../../schema";
import { defineTemplate } from "../define-template";

// Singapore, Kuala Lumpur and Jakarta are a few milliseconds apart, so a 1 s block period is safe.
export const apacLowLatency = defineTemplate({
  slug: "apac-low-latency",
  title: "APAC low latency, 1-second blocks",
  description:
    "Besu QBFT on AWS in Singapore, Malaysia and Jakarta: neighbouring regions keep consensus rounds in the tens of milliseconds, so blocks come every second. Validators are split 2/2/2 and the chain survives losing any one region.",
  tags: ["apac", "low-latency", "aws", "besu", "qbft", "payments"],
  claims: [],
  survives: "region",
  document: {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "APAC low-latency QBFT",
    network: { client: "besu", consensus: "qbft", chainId: 6501, blockPeriodSeconds: 1, requestTimeoutSeconds: 4, topology: "mesh", crossRegionLatency: "optimized" },
    regions: [
      { id: "aws-ap-southeast-1", provider: "aws", region: "ap-southeast-1", primary: true, cidr: "10.40.0.0/16" },
      { id: "aws-ap-southeast-5", provider: "aws", region: "ap-southeast-5", cidr: "10.41.0.0/16" },
      { id: "aws-ap-southeast-3", provider: "aws", region: "ap-southeast-3", cidr: "10.42.0.0/16" },
    ],
    nodeGroups: [
      { id: "validators-sg", regionId: "aws-ap-southeast-1", role: "validator", count: 2, deploymentType: "ec2", vmSize: "c6i.xlarge", storage: { type: "premium", sizeGB: 512 } },
      { id: "validators-my", regionId: "aws-ap-southeast-5", role: "validator", count: 2, deploymentType: "ec2", vmSize: "c6i.xlarge", storage: { type: "premium", sizeGB: 512 } },
      { id: "validators-id", regionId: "aws-ap-southeast-3", role: "validator", count: 2, deploymentType: "ec2", vmSize: "c6i.xlarge", storage: { type: "premium", sizeGB: 512 } },
      { id: "bootnode-sg", regionId: "aws-ap-southeast-1", role: "bootnode", count: 1, deploymentType: "ec2", vmSize: "t3.medium" },
      { id: "bootnode-id", regionId: "aws-ap-southeast-3", role: "bootnode", count: 1, deploymentType: "ec2", vmSize: "t3.medium" },
      { id: "rpc-sg", regionId: "aws-ap-southeast-1", role: "rpc", name: "payments-api", count: 2, deploymentType: "eks", vmSize: "m6i.xlarge", rpcType: "websocket", capabilities: ["eth", "web3", "net", "websocket"], exposure: "internal" },
      { id: "members-my", regionId: "aws-ap-southeast-5", role: "member", count: 2, deploymentType: "ec2", vmSize: "m6i.large" },
    ],
    links: [
      { id: "sg-my", from: "aws-ap-southeast-1", to: "aws-ap-southeast-5", kind: "peering" },
      { id: "sg-id", from: "aws-ap-southeast-1", to: "aws-ap-southeast-3", kind: "peering" },
      { id: "my-id", from: "aws-ap-southeast-5", to: "aws-ap-southeast-3", kind: "peering" },
    ],
    operations: { monitoring: true, auditLogging: true, encryptionAtRest: true, backupRegionId: "aws-ap-southeast-5" },
    tags: { environment: "production" },
  },
});
