// Topologies that reach every branch of the generators the reference topologies miss: every deployment type
// on every cloud, peering within each cloud, VPNs between each pair of clouds, public RPC, GraphQL and
// WebSocket nodes, private members, and a network too large for a full compose replica.

import { CURRENT_SCHEMA_VERSION, TopologyDocumentSchema, type TopologyDocument } from "../../schema";

/**
 * Three clouds, six regions, all twelve deployment types, peering in each cloud and VPNs between them. An
 * existing IBFT 2.0 network with Tessera members: the legacy path that pins the last Besu with privacy.
 */
export function everyDeploymentTypeTopology(): TopologyDocument {
  return TopologyDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "Every Deployment Type",
    network: { client: "besu", consensus: "ibft2", chainId: 4242, existing: true },
    regions: [
      { id: "eastus", provider: "azure", region: "eastus", primary: true, cidr: "10.1.0.0/16" },
      { id: "northeurope", provider: "azure", region: "northeurope", cidr: "10.2.0.0/16" },
      { id: "oregon", provider: "aws", region: "us-west-2", cidr: "10.3.0.0/16" },
      { id: "ireland", provider: "aws", region: "eu-west-1", cidr: "10.4.0.0/16" },
      { id: "belgium", provider: "gcp", region: "europe-west1", cidr: "10.5.0.0/16" },
      { id: "netherlands", provider: "gcp", region: "europe-west4", cidr: "10.6.0.0/16" },
    ],
    nodeGroups: [
      { id: "az-validators", regionId: "eastus", role: "validator", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5", scale: { min: 2, max: 3 } },
      { id: "az-rpc", regionId: "eastus", role: "rpc", count: 1, deploymentType: "aca", vmSize: "Standard_D2s_v5", exposure: "public", rpcType: "full", capabilities: ["eth", "net", "web3", "graphql", "websocket", "admin"] },
      // Group ids equal to the names of infrastructure the modules add per region (AKS system subnet, public subnets).
      { id: "system", regionId: "eastus", role: "rpc", count: 1, deploymentType: "aks", vmSize: "Standard_D2s_v5" },
      { id: "public", regionId: "ireland", role: "rpc", count: 1, deploymentType: "eks", vmSize: "m6i.large" },
      { id: "az-boot", regionId: "northeurope", role: "bootnode", count: 1, deploymentType: "vm", vmSize: "Standard_D2s_v5" },
      { id: "az-members", regionId: "northeurope", role: "member", memberType: "private", count: 2, deploymentType: "vmss", vmSize: "Standard_D2s_v5", scale: { min: 1, max: 4 } },
      // An id that is no valid Kubernetes label value as it stands (it ends in '_').
      { id: "aws-validators_", regionId: "oregon", role: "validator", count: 2, deploymentType: "eks", vmSize: "m6i.xlarge" },
      { id: "aws-rpc", regionId: "oregon", role: "rpc", count: 1, deploymentType: "ecs", vmSize: "m6i.large", exposure: "internal" },
      { id: "aws-archive", regionId: "ireland", role: "archive", count: 1, deploymentType: "ec2", vmSize: "m7g.xlarge", storage: { type: "premium", sizeGB: 1024 } },
      { id: "aws-members", regionId: "ireland", role: "member", count: 2, deploymentType: "ec2", vmSize: "t3.medium", scale: { min: 2, max: 5 } },
      { id: "aws-fargate", regionId: "ireland", role: "rpc", count: 1, deploymentType: "fargate", vmSize: "m6i.large" },
      { id: "gcp-validators", regionId: "belgium", role: "validator", count: 2, deploymentType: "gke", vmSize: "n2-standard-4" },
      { id: "gcp-rpc", regionId: "belgium", role: "rpc", count: 1, deploymentType: "cloudrun", vmSize: "n2-standard-2", exposure: "public" },
      { id: "gcp-boot", regionId: "netherlands", role: "bootnode", count: 1, deploymentType: "gce", vmSize: "n2-standard-2" },
      { id: "gcp-members", regionId: "netherlands", role: "member", count: 2, deploymentType: "mig", vmSize: "n2-standard-2", scale: { min: 1, max: 3 } },
      // An Azure deployment type and size in an AWS region: exported as their AWS equivalents, with warnings.
      { id: "mismatched", regionId: "oregon", role: "member", count: 1, deploymentType: "vmss", vmSize: "Standard_D2s_v5" },
    ],
    links: [
      { id: "azure-peering", from: "eastus", to: "northeurope", kind: "peering" },
      { id: "aws-peering", from: "oregon", to: "ireland", kind: "peering" },
      { id: "gcp-peering", from: "belgium", to: "netherlands", kind: "peering" },
      { id: "azure-aws", from: "eastus", to: "oregon", kind: "vpn" },
      { id: "azure-gcp", from: "northeurope", to: "belgium", kind: "vpn" },
      // A peering across clouds: built as a VPN, with a warning.
      { id: "aws-gcp", from: "ireland", to: "netherlands", kind: "peering" },
    ],
    tags: { "cost-center": "${not-an-interpolation}", env: "test" },
  });
}

/** An existing GoQuorum QBFT network with 60 nodes in one GKE region: more than a full compose replica holds. */
export function largeGoQuorumTopology(): TopologyDocument {
  return TopologyDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "Large GoQuorum",
    network: { client: "goquorum", consensus: "qbft", chainId: 77, existing: true },
    regions: [{ id: "tokyo", provider: "gcp", region: "asia-northeast1", primary: true, cidr: "10.30.0.0/16" }],
    nodeGroups: [
      { id: "validators", regionId: "tokyo", role: "validator", count: 7, deploymentType: "gke", vmSize: "n2-standard-4" },
      { id: "members", regionId: "tokyo", role: "member", memberType: "private", count: 50, deploymentType: "gke", vmSize: "n2-standard-2" },
      { id: "rpc", regionId: "tokyo", role: "rpc", count: 3, deploymentType: "gke", vmSize: "n2-standard-4", capabilities: ["eth", "net", "web3", "websocket"] },
    ],
  });
}

/**
 * Kubernetes groups whose ids are longer than the 24 characters cloud resource names keep, two of them alike in
 * their first 40, and a region id long enough that its node names exceed the Helm release limit.
 */
export function longNamesTopology(): TopologyDocument {
  return TopologyDocumentSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "Long Names",
    network: { client: "besu", consensus: "qbft", chainId: 2024 },
    regions: [
      { id: "aws-eu-central-1", provider: "aws", region: "eu-central-1", primary: true, cidr: "10.40.0.0/16" },
      { id: "gcp-europe-west1-primary-production-cluster-frankfurt", provider: "gcp", region: "europe-west1", cidr: "10.41.0.0/16" },
    ],
    nodeGroups: [
      { id: "validators-aws-eu-central-1", regionId: "aws-eu-central-1", role: "validator", count: 2, deploymentType: "eks", vmSize: "m6i.xlarge" },
      { id: "members-aws-eu-central-1", regionId: "aws-eu-central-1", role: "member", count: 1, deploymentType: "eks", vmSize: "m6i.large" },
      { id: "validators-gcp-europe-west1", regionId: "gcp-europe-west1-primary-production-cluster-frankfurt", role: "validator", count: 2, deploymentType: "gke", vmSize: "n2-standard-4" },
      { id: "rpc-gcp-europe-west1-primary-production-cluster-frankfurt-a", regionId: "gcp-europe-west1-primary-production-cluster-frankfurt", role: "rpc", count: 1, deploymentType: "gke", vmSize: "n2-standard-4" },
      { id: "rpc-gcp-europe-west1-primary-production-cluster-frankfurt-b", regionId: "gcp-europe-west1-primary-production-cluster-frankfurt", role: "rpc", count: 1, deploymentType: "gke", vmSize: "n2-standard-4" },
    ],
    links: [{ id: "aws-gcp", from: "aws-eu-central-1", to: "gcp-europe-west1-primary-production-cluster-frankfurt", kind: "vpn" }],
  });
}

export const COVERAGE_TOPOLOGIES = {
  "every-deployment-type": everyDeploymentTypeTopology,
  "large-goquorum": largeGoQuorumTopology,
  "long-names": longNamesTopology,
} as const;
