// The shapes of QDQ's own files, as its topology resolver declares them (Azure-only deployment types are
// widened to every provider's, since Meridian writes multi-cloud files).

import type { Classification, Client, Consensus, DeploymentType, LinkKind, MemberType, RpcCapability, RpcType } from "../schema";

/** QDQ's RPC capability flags; a subtype's flags override its type's defaults. */
export type QdqRpcCapabilities = Partial<Record<RpcCapability, boolean>>;

export interface QdqNodeConfig {
  count: number;
  deploymentType?: DeploymentType;
  vmSize?: string;
  scale?: { min: number; max: number; targetCpu?: number };
  storage?: { type: "standard" | "premium"; sizeGB: number };
}

export interface QdqRpcNodeConfig extends QdqNodeConfig {
  type: RpcType;
  /** QDQ writes flags; a list of enabled capability names is accepted on import too. */
  capabilities?: QdqRpcCapabilities;
}

export interface QdqMemberNodeConfig extends QdqNodeConfig {
  type: MemberType;
}

export interface QdqRegionNetwork {
  vnetCidr?: string;
  /** QDQ types this as a string; Meridian reads a prefix length (24, "24", "/24") and writes a number. */
  subnetPrefix?: number | string;
  peeringTarget?: string;
  /** Meridian's extension: further peerings beyond QDQ's single `peeringTarget`. */
  peeringTargets?: string[];
  /**
   * Meridian's extension, written only where a peering is not the usual kind (peering within a cloud, a VPN
   * across clouds): the link's kind, by peering target.
   */
  linkKinds?: Record<string, LinkKind>;
}

export interface QdqRegionEntry {
  isPrimary?: boolean;
  /** Meridian's extension, written only when the key is not `provider:region` (two networks in one region). */
  provider?: string;
  region?: string;
  network?: QdqRegionNetwork;
  nodeDistribution: {
    validators?: QdqNodeConfig;
    bootNodes?: QdqNodeConfig;
    rpcNodes?: Record<string, QdqRpcNodeConfig>;
    archiveNodes?: QdqNodeConfig;
    memberNodes?: Record<string, QdqMemberNodeConfig>;
  };
}

export interface QdqGlobalSettings {
  consensus?: Consensus | "ibft";
  chainId?: number;
  networkTopology?: "flat" | "hub-spoke" | "mesh";
  hubRegion?: string;
  crossRegionLatency?: "optimized" | "cost-efficient";
  classification?: Classification;
  blockPeriod?: number;
  requestTimeout?: number;
  client?: Client;
}

/** QDQ's regional topology file (`--azureRegionalConfig`), JSON or YAML. */
export interface EnhancedTopologyFile {
  strategy?: "single" | "multi-select" | "all-minus-excludes" | "regional-distribution";
  deploymentDefault?: DeploymentType;
  /** Keys are region names; `aws:` and `gcp:` prefixes name other clouds. */
  regions: Record<string, QdqRegionEntry>;
  globalSettings?: QdqGlobalSettings;
  tags?: Record<string, string>;
  /** Meridian's extension: the document's name. */
  name?: string;
}

/**
 * QDQ's resolved `topology.parameters.json` (its ResolvedAzureTopology): the regions in play, one
 * placement per role, tags and the network mode. Counts are totals per role across the placement's
 * regions (`replicas` for validators, `instanceCount` for the rest; `count` is accepted too).
 */
export interface QdqTopologyParameters {
  regions: string[];
  placements: Record<string, QdqRolePlacement>;
  tags?: Record<string, string>;
  network?: { mode?: string; hubRegion?: string; vnetCidr?: string };
}

export interface QdqRolePlacement {
  deploymentType: DeploymentType;
  regions: string[];
  replicas?: number;
  instanceCount?: number;
  count?: number;
  vmSize?: string;
  nodeSize?: string;
  scale?: { min: number; max: number };
  rpcType?: RpcType;
  capabilities?: QdqRpcCapabilities;
}

/** QDQ's three one-line DSLs, as `--azureRegionalDistribution`, `--azureDeploymentMap`, `--azureNodePlacement`. */
export interface QdqDsl {
  distribution?: string;
  deploymentMap?: string;
  placement?: string;
}
