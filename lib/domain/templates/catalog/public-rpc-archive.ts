import { CURRENT_SCHEMA_VERSION } from "../../schema";
import { defineTemplate } from "../define-template";

// Validators stay private; the public only meets autoscaled, authenticated RPC tiers. Archive nodes in two
// regions serve history queries and are the second copy of the chain.
export const publicRpcArchive = defineTemplate({
  slug: "public-rpc-archive-tiers",
  title: "Public-facing network with RPC and archive tiers",
  description:
    "Besu QBFT on AWS us-east-1, us-east-2 and us-west-2 with private validators behind three tiers: an autoscaled public JSON-RPC tier (JWT-authenticated), a public WebSocket tier, and internal trace RPC backed by archive nodes in two regions. Survives losing any one region.",
  tags: ["public-rpc", "archive", "websocket", "aws", "besu", "qbft", "explorer"],
  claims: ["soc2"],
  survives: "region",
  document: {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "Public network with RPC tiers",
    network: { client: "besu", consensus: "qbft", chainId: 7701, blockPeriodSeconds: 2, topology: "mesh" },
    regions: [
      { id: "aws-us-east-1", provider: "aws", region: "us-east-1", primary: true, cidr: "10.70.0.0/16" },
      { id: "aws-us-east-2", provider: "aws", region: "us-east-2", cidr: "10.71.0.0/16" },
      { id: "aws-us-west-2", provider: "aws", region: "us-west-2", cidr: "10.72.0.0/16" },
    ],
    nodeGroups: [
      { id: "validators-use1", regionId: "aws-us-east-1", role: "validator", count: 2, deploymentType: "ec2", vmSize: "m6i.xlarge", storage: { type: "premium", sizeGB: 512 } },
      { id: "validators-use2", regionId: "aws-us-east-2", role: "validator", count: 2, deploymentType: "ec2", vmSize: "m6i.xlarge", storage: { type: "premium", sizeGB: 512 } },
      { id: "validators-usw2", regionId: "aws-us-west-2", role: "validator", count: 2, deploymentType: "ec2", vmSize: "m6i.xlarge", storage: { type: "premium", sizeGB: 512 } },
      { id: "bootnode-use1", regionId: "aws-us-east-1", role: "bootnode", count: 1, deploymentType: "ec2", vmSize: "t3.medium" },
      { id: "bootnode-usw2", regionId: "aws-us-west-2", role: "bootnode", count: 1, deploymentType: "ec2", vmSize: "t3.medium" },
      {
        id: "rpc-public-use1", regionId: "aws-us-east-1", role: "rpc", name: "public-json-rpc", count: 3, deploymentType: "eks", vmSize: "c6i.xlarge",
        scale: { min: 3, max: 12, targetCpu: 60 }, exposure: "public", authenticated: true,
      },
      {
        id: "rpc-public-usw2", regionId: "aws-us-west-2", role: "rpc", name: "public-json-rpc", count: 2, deploymentType: "eks", vmSize: "c6i.xlarge",
        scale: { min: 2, max: 8, targetCpu: 60 }, exposure: "public", authenticated: true,
      },
      {
        id: "rpc-ws-use1", regionId: "aws-us-east-1", role: "rpc", name: "websocket", count: 2, deploymentType: "eks", vmSize: "m6i.xlarge",
        rpcType: "websocket", capabilities: ["eth", "web3", "net", "websocket"], exposure: "public", authenticated: true,
      },
      {
        id: "rpc-trace-use2", regionId: "aws-us-east-2", role: "rpc", name: "trace", count: 1, deploymentType: "ec2", vmSize: "r6i.2xlarge",
        rpcType: "trace", capabilities: ["eth", "web3", "net", "debug", "trace"], exposure: "internal", storage: { type: "premium", sizeGB: 2048 },
      },
      { id: "archive-use2", regionId: "aws-us-east-2", role: "archive", count: 1, deploymentType: "ec2", vmSize: "r6i.2xlarge", storage: { type: "premium", sizeGB: 4096 } },
      { id: "archive-usw2", regionId: "aws-us-west-2", role: "archive", count: 1, deploymentType: "ec2", vmSize: "r6i.2xlarge", storage: { type: "premium", sizeGB: 4096 } },
    ],
    links: [
      { id: "use1-use2", from: "aws-us-east-1", to: "aws-us-east-2", kind: "peering" },
      { id: "use1-usw2", from: "aws-us-east-1", to: "aws-us-west-2", kind: "peering" },
      { id: "use2-usw2", from: "aws-us-east-2", to: "aws-us-west-2", kind: "peering" },
    ],
    compliance: { packs: ["soc2"] },
    operations: { monitoring: true, auditLogging: true, encryptionAtRest: true, backupRegionId: "aws-us-west-2" },
    tags: { environment: "production", exposure: "public" },
  },
});
