// QDQ's resolved `topology.parameters.json` (its ResolvedAzureTopology), and the legacy TopologyFile that
// shares its shape:
//   { "regions": ["eastus", "westus2"],
//     "placements": { "validators": { "deploymentType": "aks", "regions": ["eastus", "westus2"], "replicas": 5 },
//                     "rpc": { "deploymentType": "aca", "regions": ["eastus"], "instanceCount": 2, "rpcType": "standard" } },
//     "tags": { "env": "dev" },
//     "network": { "mode": "hub-spoke", "hubRegion": "eastus", "vnetCidr": "10.200.0.0/16" } }
// Assumptions, from QDQ's resolver: a placement's count is the role's total across its regions
// (`replicas` for validators, `instanceCount` otherwise, `count` accepted), so it is spread evenly with the
// remainder going to the first regions; a placement key that is not a role name but has an `rpcType` is a
// named RPC subtype (QDQ's `--rpcNodeTypes`); `memberAdmins|Permissioned|Private|Public` are member kinds.

import { NETWORK_TOPOLOGIES, type NodeRole } from "../schema";
import { buildDocument } from "./build-document";
import { guardImport } from "./errors";
import { parseCidr } from "../net/ipv4";
import { readTags } from "./import-enhanced";
import type { ImportPlan, PlannedGroup, PlannedNetwork, PlannedRegion, QdqImportOptions, QdqImportResult } from "./plan";
import { parseRegionKey } from "./providers";
import { readGroupSettings } from "./read-node-config";
import {
  childPath, describeValue, fail, readCount, readObject, readOptionalObject, readOptionalString, readStringList,
  warnUnknownKeys, type Json,
} from "./read-fields";
import { QDQ_DEFAULT_COUNTS, memberTypeFromPlacementKey, roleFromAlias } from "./roles";

const TOP_LEVEL_KEYS = [
  "regions", "placements", "tags", "network", "strategy", "classification", "excludeRegions", "deploymentDefault", "name",
] as const;
const PLACEMENT_KEYS = [
  "deploymentType", "regions", "replicas", "instanceCount", "count", "vmSize", "nodeSize", "scale", "storage",
  "rpcType", "type", "capabilities",
] as const;

export function importTopologyParameters(input: unknown, options: QdqImportOptions = {}): QdqImportResult {
  return guardImport(() => {
    const warnings: string[] = [];
    return buildDocument(planTopologyParameters(input, warnings), options, warnings);
  });
}

export function planTopologyParameters(input: unknown, warnings: string[]): ImportPlan {
  const root = readObject(input, "(file)");
  warnUnknownKeys(root, TOP_LEVEL_KEYS, "", warnings);
  const regionKeys = root.regions === undefined ? [] : readStringList(root.regions, "regions");
  const regions: PlannedRegion[] = [];
  const indexOf = (key: string, path: string): number => {
    const ref = parseRegionKey(key, path);
    const found = regions.findIndex((r) => r.provider === ref.provider && r.region === ref.region);
    if (found >= 0) return found;
    regions.push({ key, ...ref, primary: regions.length === 0, peeringTargets: [], source: path });
    return regions.length - 1;
  };
  regionKeys.forEach((key, i) => indexOf(key, childPath("regions", i)));

  const placements = readObject(root.placements, "placements");
  const groups: PlannedGroup[] = [];
  for (const [key, value] of Object.entries(placements)) {
    groups.push(...readPlacement(key, value, childPath("placements", key), regionKeys, indexOf, warnings));
  }
  const network = readNetwork(root, regions, warnings);
  const name = readOptionalString(root.name, "name");
  return {
    format: "topology.parameters.json",
    ...(name !== undefined ? { name } : {}),
    regions,
    groups,
    network,
    tags: readTags(root.tags, "tags"),
  };
}

function readPlacement(
  key: string,
  value: unknown,
  path: string,
  allRegions: readonly string[],
  indexOf: (key: string, path: string) => number,
  warnings: string[],
): PlannedGroup[] {
  const p = readObject(value, path);
  warnUnknownKeys(p, PLACEMENT_KEYS, path, warnings);
  const memberType = memberTypeFromPlacementKey(key);
  const role: NodeRole | undefined = memberType ? "member" : (roleFromAlias(key) ?? (p.rpcType !== undefined ? "rpc" : undefined));
  if (!role) {
    fail(path, `unknown role '${key}' (expected validators, bootNodes, rpcNodes, archiveNodes, memberAdmins, memberPermissioned, memberPrivate, memberPublic, or an RPC subtype with an rpcType)`);
  }
  // Named RPC subtypes and member kinds keep their key as the group's name, as in the regional file.
  const subtype = role === "rpc" && roleFromAlias(key) !== "rpc" ? key : memberType ? key : undefined;
  const settings = readGroupSettings(p, path, role, warnings, memberType ?? subtype);
  const countKey = (["replicas", "instanceCount", "count"] as const).find((k) => p[k] !== undefined && p[k] !== null);
  let total: number;
  if (countKey) total = readCount(p[countKey], childPath(path, countKey));
  else {
    total = QDQ_DEFAULT_COUNTS[role];
    warnings.push(`${path}: no replicas or instanceCount; used QDQ's default of ${total}`);
  }
  const regionList = p.regions === undefined ? allRegions.slice(0, 1) : readStringList(p.regions, childPath(path, "regions"));
  if (regionList.length === 0) {
    fail(childPath(path, "regions"), p.regions === undefined ? "is missing and the file lists no regions" : "lists no regions");
  }
  if (regionList.length > 1 && total % regionList.length !== 0) {
    warnings.push(`${path}: ${total} nodes over ${regionList.length} regions do not divide evenly; the first regions got one more`);
  }
  return regionList.flatMap((regionKey, i) => {
    const regionPath = childPath(childPath(path, "regions"), i);
    const regionIndex = indexOf(regionKey, regionPath);
    const count = Math.floor(total / regionList.length) + (i < total % regionList.length ? 1 : 0);
    if (count === 0) return [];
    return [{ regionIndex, role, ...(subtype !== undefined ? { name: subtype } : {}), count, ...settings, source: path }];
  });
}

/** QDQ's `network.mode`; `isolated` (no peering) reads as flat. A single vnetCidr can only serve one region. */
function readNetwork(root: Json, regions: PlannedRegion[], warnings: string[]): PlannedNetwork {
  const network: PlannedNetwork = { source: "network" };
  const n = readOptionalObject(root.network, "network");
  if (!n) return network;
  const mode = readOptionalString(n.mode, "network.mode");
  if (mode !== undefined) {
    const topology = NETWORK_TOPOLOGIES.find((t) => t === mode.toLowerCase());
    if (topology) network.topology = topology;
    else if (mode.toLowerCase() === "isolated") warnings.push("network.mode: 'isolated' imported as flat with no peering links");
    else fail("network.mode", `must be one of ${NETWORK_TOPOLOGIES.join(", ")} or isolated, got ${describeValue(n.mode)}`);
  }
  const hub = readOptionalString(n.hubRegion, "network.hubRegion");
  if (hub !== undefined) network.hubRegion = hub;
  const cidr = readOptionalString(n.vnetCidr, "network.vnetCidr");
  if (cidr !== undefined) {
    if (!parseCidr(cidr)) fail("network.vnetCidr", `'${cidr}' is not an IPv4 CIDR such as 10.1.0.0/16`);
    if (regions.length === 1) regions[0]!.cidr = cidr;
    else warnings.push(`network.vnetCidr: one address space cannot serve ${regions.length} regions; each got its own 10.N.0.0/16`);
  }
  return network;
}
