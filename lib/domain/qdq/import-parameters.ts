// QDQ's resolved `topology.parameters.json` (its ResolvedAzureTopology), and the legacy TopologyFile
// (`--azureTopologyFile`) that shares its shape:
//   { "regions": ["eastus", "westus2"],
//     "placements": { "validators": { "deploymentType": "aks", "regions": ["eastus", "westus2"], "replicas": 5 },
//                     "rpc": { "deploymentType": "aca", "regions": ["eastus"], "instanceCount": 2, "rpcType": "standard" } },
//     "tags": { "env": "dev" },
//     "network": { "mode": "hub-spoke", "hubRegion": "eastus", "vnetCidr": "10.200.0.0/16" },
//     "generatedAt": "2025-10-14T09:30:00.000Z" }
// The TopologyFile adds `strategy`, `classification`, `excludeRegions` and `deploymentDefault`, and writes RPC
// subtypes as a map under `placements.rpcNodes` (QDQ's topologyResolver.ts, TopologyFile).
// Assumptions, from QDQ's resolver: a placement's count is the role's total across its regions
// (`replicas` for validators, `instanceCount` otherwise, `count` accepted), so it is spread evenly with the
// remainder going to the first regions; a placement key that is not a role name but has an `rpcType` is a
// named RPC subtype (QDQ's `--rpcNodeTypes`); `memberAdmins|Permissioned|Private|Public` are member kinds.

import { NETWORK_TOPOLOGIES, type NodeRole } from "../schema";
import { buildDocument } from "./build-document";
import { guardImport } from "./errors";
import { parseCidr } from "../net/ipv4";
import { isIsolated, readTags } from "./import-enhanced";
import type { ImportPlan, PlannedGroup, PlannedNetwork, PlannedRegion, QdqImportOptions, QdqImportResult } from "./plan";
import { parseQdqRegionKey, readDeploymentType } from "./providers";
import { readGroupSettings } from "./read-node-config";
import {
  childPath, describeValue, fail, isPlainObject, readCount, readObject, readOptionalObject, readOptionalString,
  readStringList, warnUnknownKeys, type Json,
} from "./read-fields";
import { readRegionSelection } from "./read-region-selection";
import { OBSERVER_GROUP_NAME, isObserverAlias, memberTypeFromPlacementKey, observerNote, roleFromAlias } from "./roles";

const TOP_LEVEL_KEYS = [
  "regions", "placements", "tags", "network", "strategy", "classification", "excludeRegions", "deploymentDefault", "name",
  "description", "generatedAt",
] as const;
const PLACEMENT_KEYS = [
  "deploymentType", "regions", "replicas", "instanceCount", "count", "vmSize", "nodeSize", "scale", "storage",
  "rpcType", "type", "capabilities",
] as const;
const NETWORK_KEYS = ["mode", "hubRegion", "vnetCidr"] as const;

/** What QDQ's file resolver assumes for a placement without a count (resolveTopologyFromFile). */
const PLACEMENT_DEFAULT_COUNTS: Readonly<Record<NodeRole, number>> = {
  validator: 4, bootnode: 1, rpc: 1, archive: 1, member: 1,
};

type RegionIndex = (key: string, path: string) => number;

export function importTopologyParameters(input: unknown, options: QdqImportOptions = {}): QdqImportResult {
  return guardImport(() => {
    const warnings: string[] = [];
    return buildDocument(planTopologyParameters(input, warnings), options, warnings);
  });
}

export function planTopologyParameters(input: unknown, warnings: string[]): ImportPlan {
  const root = readObject(input, "(file)");
  warnUnknownKeys(root, TOP_LEVEL_KEYS, "", warnings);
  const selection = readRegionSelection(root, warnings);
  const regions: PlannedRegion[] = [];
  const listed = new Set(selection.keys);
  const indexOf: RegionIndex = (key, path) => {
    const ref = parseQdqRegionKey(key, path);
    const found = regions.findIndex((r) => r.provider === ref.provider && r.region === ref.region);
    if (found >= 0) return found;
    if (listed.size > 0 && !listed.has(key)) warnings.push(`${path}: '${key}' is not in the file's regions; added`);
    regions.push({ key, ...ref, primary: regions.length === 0, peeringTargets: [], source: path });
    return regions.length - 1;
  };
  selection.keys.forEach((key, i) => indexOf(key, selection.sources[i]!));

  const placements = readObject(root.placements, "placements");
  const groups: PlannedGroup[] = [];
  for (const [key, value] of Object.entries(placements)) {
    groups.push(...readPlacementEntry(key, value, childPath("placements", key), selection.keys, indexOf, warnings));
  }
  const network = readNetwork(root, regions, warnings);
  if (selection.classification !== undefined) network.classification = selection.classification;
  const name = readOptionalString(root.name, "name");
  const description = describe(root, selection.strategy);
  return {
    format: "topology.parameters.json",
    ...(name !== undefined ? { name } : {}),
    description,
    regions,
    groups,
    network,
    tags: readTags(root.tags, "tags"),
    ...(root.deploymentDefault !== undefined && root.deploymentDefault !== null
      ? { deploymentDefault: readDeploymentType(root.deploymentDefault, "deploymentDefault") }
      : {}),
  };
}

/** The file's description, else where it came from, with QDQ's `generatedAt` so the import says how old it is. */
function describe(root: Json, strategy: string | undefined): string {
  const own = readOptionalString(root.description, "description");
  if (own !== undefined) return own;
  const generatedAt = readOptionalString(root.generatedAt, "generatedAt");
  const form = strategy !== undefined ? "TopologyFile" : "topology.parameters.json";
  return `Imported from QDQ ${form}${generatedAt !== undefined ? `, generated ${generatedAt}` : ""}.`;
}

/**
 * One entry of `placements`: a role, a member kind, an observer, a named RPC subtype, or (the TopologyFile's
 * form) `rpcNodes` as a map of named RPC subtypes.
 */
function readPlacementEntry(
  key: string,
  value: unknown,
  path: string,
  allRegions: readonly string[],
  indexOf: RegionIndex,
  warnings: string[],
): PlannedGroup[] {
  const p = readObject(value, path);
  if (isObserverAlias(key)) {
    warnings.push(observerNote(path));
    return readPlacement("rpc", OBSERVER_GROUP_NAME, p, path, allRegions, indexOf, warnings).map((g) => ({ ...g, observer: true }));
  }
  const alias = roleFromAlias(key);
  if ((alias === "rpc" || alias === "member") && isSubtypeMap(p)) {
    return Object.entries(p).flatMap(([name, sub]) =>
      readPlacement(alias, name, readObject(sub, childPath(path, name)), childPath(path, name), allRegions, indexOf, warnings),
    );
  }
  const memberType = memberTypeFromPlacementKey(key);
  const role: NodeRole | undefined = memberType ? "member" : (alias ?? (p.rpcType !== undefined ? "rpc" : undefined));
  if (!role) {
    fail(path, `unknown role '${key}' (expected validators, bootNodes, rpcNodes, archiveNodes, memberAdmins, memberPermissioned, memberPrivate, memberPublic, observers, or an RPC subtype with an rpcType)`);
  }
  // Named RPC subtypes and member kinds keep their key as the group's name, as in the regional file.
  const subtype = role === "rpc" && alias !== "rpc" ? key : memberType ? key : undefined;
  return readPlacement(role, subtype, p, path, allRegions, indexOf, warnings, memberType);
}

/** `{ api: {...}, admin: {...} }`: no placement setting of its own, every value a subtype's settings. */
function isSubtypeMap(p: Json): boolean {
  const entries = Object.entries(p);
  return entries.length > 0 && entries.every(([k, v]) => !(PLACEMENT_KEYS as readonly string[]).includes(k) && isPlainObject(v));
}

function readPlacement(
  role: NodeRole,
  subtype: string | undefined,
  p: Json,
  path: string,
  allRegions: readonly string[],
  indexOf: RegionIndex,
  warnings: string[],
  typeHint?: string,
): PlannedGroup[] {
  warnUnknownKeys(p, PLACEMENT_KEYS, path, warnings);
  const settings = readGroupSettings(p, path, role, warnings, typeHint ?? subtype);
  const total = readTotal(p, path, role, warnings);
  const regionList = p.regions === undefined ? allRegions.slice(0, 1) : readStringList(p.regions, childPath(path, "regions"));
  if (regionList.length === 0) {
    fail(childPath(path, "regions"), p.regions === undefined ? "is missing and the file lists no regions" : "lists no regions");
  }
  if (regionList.length > 1 && total % regionList.length !== 0) {
    warnings.push(`${path}: ${total} nodes over ${regionList.length} regions do not divide evenly; the first regions got one more`);
  }
  return regionList.flatMap((regionKey, i) => {
    const regionPath = p.regions === undefined ? path : childPath(childPath(path, "regions"), i);
    const regionIndex = indexOf(regionKey, regionPath);
    const count = Math.floor(total / regionList.length) + (i < total % regionList.length ? 1 : 0);
    if (count === 0) return [];
    return [{ regionIndex, role, ...(subtype !== undefined ? { name: subtype } : {}), count, ...settings, source: path }];
  });
}

/** QDQ writes `replicas` for validators and `instanceCount` for the rest; a TopologyFile's RPC subtypes say `count`. */
function readTotal(p: Json, path: string, role: NodeRole, warnings: string[]): number {
  const given = (["replicas", "instanceCount", "count"] as const).filter((k) => p[k] !== undefined && p[k] !== null);
  const [first, ...others] = given;
  if (first === undefined) {
    const total = PLACEMENT_DEFAULT_COUNTS[role];
    warnings.push(`${path}: no replicas or instanceCount; used QDQ's default of ${total}`);
    return total;
  }
  const total = readCount(p[first], childPath(path, first));
  for (const k of others) {
    if (readCount(p[k], childPath(path, k)) !== total) warnings.push(`${childPath(path, k)}: differs from ${first}; used ${first} (${total})`);
  }
  return total;
}

/** QDQ's `network.mode`; `isolated` (no peering) holds only for one region. A single vnetCidr can only serve one region. */
function readNetwork(root: Json, regions: PlannedRegion[], warnings: string[]): PlannedNetwork {
  const network: PlannedNetwork = { source: "network" };
  const n = readOptionalObject(root.network, "network");
  if (!n) return network;
  warnUnknownKeys(n, NETWORK_KEYS, "network", warnings);
  const mode = readOptionalString(n.mode, "network.mode");
  if (mode !== undefined) {
    const topology = NETWORK_TOPOLOGIES.find((t) => t === mode.toLowerCase());
    if (topology) network.topology = topology;
    else if (isIsolated(mode)) network.isolatedAt = "network.mode";
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
