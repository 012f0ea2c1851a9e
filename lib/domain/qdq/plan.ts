// What every QDQ importer produces before defaults are applied: the regions, node groups and settings as
// the input stated them, each remembering where in the input it came from (`source`) for error messages.

import type {
  Classification, Client, DeploymentType, LinkKind, MemberType, NetworkSettings, NodeRole, Provider, RpcCapability, RpcType,
  TopologyDocument,
} from "../schema";

export interface PlannedRegion {
  /** The key as the input wrote it, `eastus` or `aws:us-east-1`; peering targets refer to it. */
  key: string;
  provider: Provider;
  region: string;
  /** Set when the input names the region's id outright (an entry keyed by id, with provider and region inside). */
  id?: string;
  primary: boolean;
  cidr?: string;
  subnetPrefix?: number;
  /** Region keys this region peers with (QDQ's `peeringTarget`). */
  peeringTargets: string[];
  /** Meridian's `linkKinds` extension: the kind of a peering that is not the usual one, by target key. */
  linkKinds?: Readonly<Record<string, LinkKind>>;
  source: string;
}

export interface PlannedGroup {
  /** Index into `ImportPlan.regions`. */
  regionIndex: number;
  role: NodeRole;
  /** QDQ's subtype key, for RPC and member groups. */
  name?: string;
  count: number;
  /** As written; the builder maps it onto the region's provider (aks on AWS becomes eks). */
  deploymentType?: DeploymentType;
  vmSize?: string;
  scale?: { min: number; max: number; targetCpu?: number };
  storage?: { type?: "standard" | "premium"; sizeGB?: number };
  rpcType?: RpcType;
  capabilities?: RpcCapability[];
  memberType?: MemberType;
  /** QDQ's observer, imported as a standard RPC group (see roles.ts). */
  observer?: boolean;
  source: string;
}

export interface PlannedNetwork {
  consensus?: unknown;
  client?: Client;
  chainId?: number;
  topology?: "flat" | "hub-spoke" | "mesh";
  /** A region key, as written. */
  hubRegion?: string;
  crossRegionLatency?: "optimized" | "cost-efficient";
  blockPeriodSeconds?: number;
  requestTimeoutSeconds?: number;
  classification?: Classification;
  /** Where QDQ's `isolated` network mode was asked for: no peering at all, which only one region can be. */
  isolatedAt?: string;
  /** Meridian's own key: whether the design describes a network that already runs. */
  existing?: boolean;
  source: string;
  /** Where a setting was written when it is not `source.<QDQ name>` (CLI flags: `--azureHubRegion`). */
  paths?: Readonly<Record<string, string>>;
}

/** Where the input wrote a network setting, by its QDQ name (consensus, hubRegion, networkTopology...). */
export function networkPath(network: PlannedNetwork, field: string): string {
  return network.paths?.[field] ?? (network.source ? `${network.source}.${field}` : field);
}

export interface ImportPlan {
  /** What kind of QDQ input this was, for the document's description. */
  format: string;
  name?: string;
  /** The file's own description, or what it says about itself (QDQ's `generatedAt`). */
  description?: string;
  regions: PlannedRegion[];
  groups: PlannedGroup[];
  network: PlannedNetwork;
  tags: Record<string, string>;
  /** QDQ's `deploymentDefault`, used for groups with no type of their own. */
  deploymentDefault?: DeploymentType;
  /** A deployment map or placement DSL: the type per role, used before `deploymentDefault`. */
  deploymentByRole?: Partial<Record<NodeRole, DeploymentType>>;
}

export interface QdqImportOptions {
  /** The document's name; otherwise the file's `name`, or "Imported QDQ topology". */
  name?: string;
  /** Forces the client; otherwise Besu, or GoQuorum when the consensus is raft or istanbul. */
  client?: Client;
}

export interface QdqImportResult {
  document: TopologyDocument;
  /** Things the import assumed or dropped, one sentence each, naming the key. */
  warnings: string[];
  /** What the input stated, as opposed to defaults, so an import into an open design can keep the rest. */
  stated: StatedSettings;
}

/** The document settings an input spoke about; regions, node groups and links are always its own. */
export interface StatedSettings {
  network: readonly (keyof NetworkSettings)[];
  tags: boolean;
  compliance: boolean;
  operations: boolean;
  budget: boolean;
}
