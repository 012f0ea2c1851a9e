// Vocabulary of the topology document, kept compatible with Quorum Dev Quickstart (QDQ) names.

import type { Provider } from "../region-key";

export { PROVIDERS, PROVIDER_LABELS, type Provider } from "../region-key";

export const CLIENTS = ["besu", "goquorum"] as const;
export type Client = (typeof CLIENTS)[number];
export const CLIENT_LABELS: Record<Client, string> = { besu: "Hyperledger Besu", goquorum: "GoQuorum" };

export const CONSENSUS_ALGORITHMS = ["qbft", "ibft2", "istanbul", "clique", "raft"] as const;
export type Consensus = (typeof CONSENSUS_ALGORITHMS)[number];

/** Which algorithms each client runs (Besu: qbft, ibft2, clique; GoQuorum: qbft, istanbul, raft, clique). */
export const CONSENSUS_BY_CLIENT: Record<Client, readonly Consensus[]> = {
  besu: ["qbft", "ibft2", "clique"],
  goquorum: ["qbft", "istanbul", "raft", "clique"],
};

export const NETWORK_TOPOLOGIES = ["flat", "hub-spoke", "mesh"] as const;
export const CROSS_REGION_LATENCY = ["optimized", "cost-efficient"] as const;

export const NODE_ROLES = ["validator", "bootnode", "rpc", "archive", "member"] as const;
export type NodeRole = (typeof NODE_ROLES)[number];

export const NODE_ROLE_LABELS: Record<NodeRole, string> = {
  validator: "Validators",
  bootnode: "Bootnodes",
  rpc: "RPC nodes",
  archive: "Archive nodes",
  member: "Members",
};

export const RPC_TYPES = ["standard", "archive", "graphql", "websocket", "admin", "trace", "full"] as const;
export type RpcType = (typeof RPC_TYPES)[number];

export const RPC_CAPABILITIES = [
  "eth", "web3", "net", "admin", "debug", "trace", "txpool", "personal", "miner", "graphql", "websocket", "archive",
] as const;
export type RpcCapability = (typeof RPC_CAPABILITIES)[number];

/** Default API capabilities per RPC node type, as QDQ enables them. */
export const DEFAULT_RPC_CAPABILITIES: Record<RpcType, readonly RpcCapability[]> = {
  standard: ["eth", "web3", "net"],
  archive: ["eth", "web3", "net", "archive"],
  graphql: ["eth", "web3", "net", "graphql"],
  websocket: ["eth", "web3", "net", "websocket"],
  admin: ["eth", "web3", "net", "admin", "txpool"],
  trace: ["eth", "web3", "net", "debug", "trace"],
  full: ["eth", "web3", "net", "admin", "debug", "trace", "txpool", "graphql", "websocket"],
};

export const RPC_EXPOSURES = ["private", "internal", "public"] as const;
export type RpcExposure = (typeof RPC_EXPOSURES)[number];

export const MEMBER_TYPES = ["permissioned", "private", "public"] as const;
export type MemberType = (typeof MEMBER_TYPES)[number];

export const DEPLOYMENT_TYPES_BY_PROVIDER = {
  azure: ["aks", "aca", "vm", "vmss"],
  aws: ["eks", "ecs", "fargate", "ec2"],
  gcp: ["gke", "cloudrun", "gce", "mig"],
} as const satisfies Record<Provider, readonly string[]>;
export const DEPLOYMENT_TYPES = [
  ...DEPLOYMENT_TYPES_BY_PROVIDER.azure,
  ...DEPLOYMENT_TYPES_BY_PROVIDER.aws,
  ...DEPLOYMENT_TYPES_BY_PROVIDER.gcp,
] as const;
export type DeploymentType = (typeof DEPLOYMENT_TYPES)[number];

export const STORAGE_TYPES = ["standard", "premium"] as const;

export const LINK_KINDS = ["peering", "vpn", "interconnect"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const COMPLIANCE_PACKS = ["gdpr", "hipaa", "soc2"] as const;
export type CompliancePack = (typeof COMPLIANCE_PACKS)[number];

export const CLASSIFICATIONS = ["commercial", "gov", "china", "dod"] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export function isDeploymentTypeOf(provider: Provider, type: DeploymentType): boolean {
  return (DEPLOYMENT_TYPES_BY_PROVIDER[provider] as readonly string[]).includes(type);
}
