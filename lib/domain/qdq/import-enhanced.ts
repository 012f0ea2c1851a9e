// QDQ's EnhancedTopologyFile (JSON or YAML): per-region node distribution with named RPC and member subtypes.

import {
  CLASSIFICATIONS, CLIENTS, CROSS_REGION_LATENCY, NETWORK_TOPOLOGIES, type NodeRole,
} from "../schema";
import { buildDocument } from "./build-document";
import { guardImport } from "./errors";
import type { ImportPlan, PlannedGroup, PlannedNetwork, PlannedRegion, QdqImportOptions, QdqImportResult } from "./plan";
import { parseRegionKey, readDeploymentType } from "./providers";
import { readGroupSettings } from "./read-node-config";
import {
  childPath, describeValue, fail, isPlainObject, readCount, readObject, readOptionalBoolean, readOptionalEnum,
  readOptionalNumber, readOptionalObject, readOptionalString, readString, readStringList, warnUnknownKeys, type Json,
} from "./read-fields";
import { roleFromAlias } from "./roles";

const TOP_LEVEL_KEYS = [
  "strategy", "deploymentDefault", "regions", "globalSettings", "tags", "classification", "name", "description",
] as const;
const REGION_KEYS = ["isPrimary", "network", "nodeDistribution", "provider", "region"] as const;
const NETWORK_KEYS = ["vnetCidr", "subnetPrefix", "peeringTarget", "peeringTargets"] as const;
const NODE_KEYS = [
  "count", "deploymentType", "vmSize", "nodeSize", "scale", "storage", "type", "rpcType", "capabilities", "privacyCapabilities",
] as const;
const GLOBAL_KEYS = [
  "consensus", "chainId", "networkTopology", "hubRegion", "crossRegionLatency", "classification",
  "blockPeriod", "blockPeriodSeconds", "requestTimeout", "requestTimeoutSeconds", "client",
] as const;

export function importEnhancedTopologyFile(input: unknown, options: QdqImportOptions = {}): QdqImportResult {
  return guardImport(() => {
    const warnings: string[] = [];
    return buildDocument(planEnhancedTopologyFile(input, warnings), options, warnings);
  });
}

export function planEnhancedTopologyFile(input: unknown, warnings: string[]): ImportPlan {
  const root = readObject(input, "(file)");
  warnUnknownKeys(root, TOP_LEVEL_KEYS, "", warnings);
  if (Array.isArray(root.regions)) {
    fail("regions", "is a list of names, which is QDQ's topology.parameters.json shape; an EnhancedTopologyFile maps each region name to its settings");
  }
  const regionsObj = readObject(root.regions, "regions");
  const entries = Object.entries(regionsObj);
  if (entries.length === 0) fail("regions", "has no regions");

  const strategy = readOptionalString(root.strategy, "strategy");
  if (strategy !== undefined && strategy !== "regional-distribution") {
    warnings.push(`strategy: '${strategy}' ignored; the regions map is imported as a regional distribution`);
  }
  const regions: PlannedRegion[] = [];
  const groups: PlannedGroup[] = [];
  entries.forEach(([key, value], regionIndex) => {
    const path = childPath("regions", key);
    regions.push(readRegion(key, value, path, warnings));
    const entry = value as Json;
    if (entry.nodeDistribution === undefined || entry.nodeDistribution === null) {
      warnings.push(`${path}: no nodeDistribution, so the region has no nodes`);
      return;
    }
    groups.push(...readNodeDistribution(entry.nodeDistribution, childPath(path, "nodeDistribution"), regionIndex, warnings));
  });

  const tags = readTags(root.tags, "tags");
  const name = readOptionalString(root.name, "name");
  return {
    format: "EnhancedTopologyFile",
    ...(name !== undefined ? { name } : {}),
    regions,
    groups,
    network: readGlobalSettings(root, warnings),
    tags,
    ...(root.deploymentDefault !== undefined && root.deploymentDefault !== null
      ? { deploymentDefault: readDeploymentType(root.deploymentDefault, "deploymentDefault") }
      : {}),
  };
}

function readRegion(key: string, value: unknown, path: string, warnings: string[]): PlannedRegion {
  const entry = readObject(value, path);
  warnUnknownKeys(entry, REGION_KEYS, path, warnings);
  // `provider` + `region` override the key; Meridian writes them when one region holds two networks.
  const explicit = entry.region !== undefined || entry.provider !== undefined;
  const ref = explicit
    ? parseRegionKey(
        `${readOptionalString(entry.provider, childPath(path, "provider")) ?? "azure"}:${readString(entry.region, childPath(path, "region"))}`,
        path,
      )
    : parseRegionKey(key, path);
  const network = readOptionalObject(entry.network, childPath(path, "network")) ?? {};
  const netPath = childPath(path, "network");
  warnUnknownKeys(network, NETWORK_KEYS, netPath, warnings);

  let cidr = readOptionalString(network.vnetCidr, childPath(netPath, "vnetCidr"));
  const prefix = readSubnetPrefix(network.subnetPrefix, childPath(netPath, "subnetPrefix"));
  if (prefix?.addressPrefix !== undefined) {
    // QDQ's examples write the network's leading octets here ("10.1"); they only matter without a vnetCidr.
    if (cidr === undefined) cidr = prefix.addressPrefix;
  }
  const targets: string[] = [];
  const single = readOptionalString(network.peeringTarget, childPath(netPath, "peeringTarget"));
  if (single !== undefined) targets.push(single);
  if (network.peeringTargets !== undefined) targets.push(...readStringList(network.peeringTargets, childPath(netPath, "peeringTargets")));

  return {
    key,
    provider: ref.provider,
    region: ref.region,
    ...(explicit ? { id: key } : {}),
    primary: readOptionalBoolean(entry.isPrimary, childPath(path, "isPrimary")) ?? false,
    ...(cidr !== undefined ? { cidr } : {}),
    ...(prefix?.length !== undefined ? { subnetPrefix: prefix.length } : {}),
    peeringTargets: targets,
    source: path,
  };
}

/** A prefix length (24, "24", "/24"), or QDQ's leading octets ("10.1"), which stand for 10.1.0.0/16. */
function readSubnetPrefix(value: unknown, path: string): { length?: number; addressPrefix?: string } | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number") return { length: value };
  if (typeof value === "string") {
    const text = value.trim();
    if (/^\/?\d{1,2}$/.test(text)) return { length: Number(text.replace("/", "")) };
    const octets = /^(\d{1,3})\.(\d{1,3})(?:\.(\d{1,3}))?$/.exec(text);
    if (octets) return { addressPrefix: octets[3] === undefined ? `${text}.0.0/16` : `${text}.0/24` };
  }
  fail(path, `must be a prefix length such as 24, or leading octets such as "10.1"; got ${describeValue(value)}`);
}

function readNodeDistribution(value: unknown, path: string, regionIndex: number, warnings: string[]): PlannedGroup[] {
  const dist = readObject(value, path);
  const groups: PlannedGroup[] = [];
  for (const [key, config] of Object.entries(dist)) {
    const rolePath = childPath(path, key);
    const role = roleFromAlias(key);
    if (!role) {
      fail(rolePath, `unknown role '${key}' (expected validators, bootNodes, rpcNodes, archiveNodes or memberNodes)`);
    }
    if (config === null || config === undefined) continue;
    if (role === "rpc" || role === "member") {
      groups.push(...readSubtypes(role, key, config, rolePath, regionIndex, warnings));
    } else {
      groups.push(readNode(role, undefined, config, rolePath, regionIndex, warnings));
    }
  }
  return groups;
}

/** `rpcNodes` and `memberNodes` map subtype names to settings; a bare `{count: 2}` is taken as one subtype. */
function readSubtypes(
  role: "rpc" | "member",
  key: string,
  value: unknown,
  path: string,
  regionIndex: number,
  warnings: string[],
): PlannedGroup[] {
  const map = readObject(value, path);
  if ("count" in map && !isPlainObject(map.count)) {
    warnings.push(`${path}: settings with a count, not a map of named subtypes; imported as one subtype named '${key}'`);
    return [readNode(role, key, map, path, regionIndex, warnings)];
  }
  return Object.entries(map).map(([subtype, config]) =>
    readNode(role, subtype, config, childPath(path, subtype), regionIndex, warnings),
  );
}

function readNode(
  role: NodeRole,
  subtype: string | undefined,
  value: unknown,
  path: string,
  regionIndex: number,
  warnings: string[],
): PlannedGroup {
  const config = readObject(value, path);
  warnUnknownKeys(config, NODE_KEYS, path, warnings);
  const settings = readGroupSettings(config, path, role, warnings, subtype);
  return {
    regionIndex,
    role,
    ...(subtype !== undefined ? { name: subtype } : {}),
    count: readCount(config.count, childPath(path, "count")),
    ...settings,
    source: path,
  };
}

function readGlobalSettings(root: Json, warnings: string[]): PlannedNetwork {
  const source = "globalSettings";
  const g = readOptionalObject(root.globalSettings, source) ?? {};
  warnUnknownKeys(g, GLOBAL_KEYS, source, warnings);
  const at = (key: string) => childPath(source, key);
  const network: PlannedNetwork = { source };
  if (g.consensus !== undefined) network.consensus = g.consensus;
  const client = readOptionalEnum(g.client, CLIENTS, at("client"));
  if (client) network.client = client;
  const chainId = readOptionalNumber(g.chainId, at("chainId"));
  if (chainId !== undefined) network.chainId = chainId;
  const topology = readOptionalEnum(g.networkTopology, NETWORK_TOPOLOGIES, at("networkTopology"));
  if (topology) network.topology = topology;
  const hub = readOptionalString(g.hubRegion, at("hubRegion"));
  if (hub !== undefined) network.hubRegion = hub;
  const latency = readOptionalEnum(g.crossRegionLatency, CROSS_REGION_LATENCY, at("crossRegionLatency"));
  if (latency) network.crossRegionLatency = latency;
  const classification = readOptionalEnum(g.classification ?? root.classification, CLASSIFICATIONS, g.classification !== undefined ? at("classification") : "classification");
  if (classification) network.classification = classification;
  const blockPeriod = readOptionalNumber(g.blockPeriod ?? g.blockPeriodSeconds, at("blockPeriod"));
  if (blockPeriod !== undefined) network.blockPeriodSeconds = blockPeriod;
  const requestTimeout = readOptionalNumber(g.requestTimeout ?? g.requestTimeoutSeconds, at("requestTimeout"));
  if (requestTimeout !== undefined) network.requestTimeoutSeconds = requestTimeout;
  return network;
}

/** Tag values are strings; numbers and booleans (common in YAML) are written as text. */
export function readTags(value: unknown, path: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  const obj = readObject(value, path);
  return Object.fromEntries(
    Object.entries(obj).map(([k, v]) => {
      if (typeof v === "string") return [k, v];
      if (typeof v === "number" || typeof v === "boolean") return [k, String(v)];
      fail(childPath(path, k), `must be a string, got ${describeValue(v)}`);
    }),
  );
}
