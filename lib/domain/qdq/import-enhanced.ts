// QDQ's EnhancedTopologyFile (JSON or YAML): per-region node distribution with named RPC and member subtypes.

import {
  CLASSIFICATIONS, CLIENTS, CROSS_REGION_LATENCY, LINK_KINDS, NETWORK_TOPOLOGIES, type LinkKind, type NodeRole,
} from "../schema";
import { parseCidr } from "../net/ipv4";
import { buildDocument } from "./build-document";
import { guardImport } from "./errors";
import type { ImportPlan, PlannedGroup, PlannedNetwork, PlannedRegion, QdqImportOptions, QdqImportResult } from "./plan";
import { parseQdqRegionKey, readDeploymentType } from "./providers";
import { readGroupSettings } from "./read-node-config";
import {
  childPath, describeValue, fail, isPlainObject, readCount, readEnum, readObject, readOptionalBoolean, readOptionalEnum,
  readOptionalNumber, readOptionalObject, readOptionalString, readString, readStringList, warnUnknownKeys, type Json,
} from "./read-fields";
import { regionsExcludedBy } from "./region-selection";
import { OBSERVER_GROUP_NAME, isObserverAlias, observerNote, roleFromAlias } from "./roles";

const TOP_LEVEL_KEYS = [
  "strategy", "deploymentDefault", "regions", "globalSettings", "tags", "classification", "excludeRegions", "name", "description",
] as const;
const REGION_KEYS = ["isPrimary", "network", "nodeDistribution", "provider", "region"] as const;
const NETWORK_KEYS = ["vnetCidr", "subnetPrefix", "peeringTarget", "peeringTargets", "linkKinds"] as const;
const NODE_KEYS = [
  "count", "deploymentType", "vmSize", "nodeSize", "scale", "storage", "type", "rpcType", "capabilities", "privacyCapabilities",
] as const;
const GLOBAL_KEYS = [
  "consensus", "chainId", "networkTopology", "hubRegion", "crossRegionLatency", "classification",
  "blockPeriod", "blockPeriodSeconds", "requestTimeout", "requestTimeoutSeconds", "client", "existingNetwork",
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

  readStrategy(root.strategy, entries.length, warnings);
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

  checkExclusions(root.excludeRegions, regions, warnings);
  const tags = readTags(root.tags, "tags");
  const name = readOptionalString(root.name, "name");
  const description = readOptionalString(root.description, "description");
  return {
    format: "EnhancedTopologyFile",
    ...(name !== undefined ? { name } : {}),
    ...(description !== undefined ? { description } : {}),
    regions,
    groups,
    network: readGlobalSettings(root, warnings),
    tags,
    ...(root.deploymentDefault !== undefined && root.deploymentDefault !== null
      ? { deploymentDefault: readDeploymentType(root.deploymentDefault, "deploymentDefault") }
      : {}),
  };
}

/**
 * The regions map is the selection, which `single`, `multi-select` and `regional-distribution` all agree
 * with. `all-minus-excludes` picks regions from a classification instead: that is the TopologyFile form
 * (a regions list and placements), and a map of regions contradicts it.
 */
function readStrategy(value: unknown, regionCount: number, warnings: string[]): void {
  const strategy = readOptionalString(value, "strategy");
  if (strategy === undefined || strategy === "regional-distribution" || strategy === "multi-select") return;
  if (strategy === "single") {
    if (regionCount > 1) warnings.push(`strategy: 'single', but the file configures ${regionCount} regions; all of them were imported`);
    return;
  }
  if (strategy === "all-minus-excludes") {
    fail("strategy", "'all-minus-excludes' takes every region of a classification except excludeRegions, but this file configures its regions one by one; drop the strategy, or write QDQ's TopologyFile form (classification, excludeRegions and placements)");
  }
  warnings.push(`strategy: '${strategy}' is not one of QDQ's strategies; the regions map was imported as a regional distribution`);
}

/** Exclusions only choose regions under all-minus-excludes; here one that names a configured region is a contradiction. */
function checkExclusions(value: unknown, regions: readonly PlannedRegion[], warnings: string[]): void {
  if (value === undefined || value === null) return;
  const excludes = readStringList(value, "excludeRegions");
  excludes.forEach((entry, i) => {
    const path = childPath("excludeRegions", i);
    const named = regionsExcludedBy(entry, path);
    const clash = regions.find((r) => r.provider === "azure" && named.includes(r.region));
    if (clash) fail(path, `'${entry}' excludes ${clash.key}, which this file configures; remove one or the other`);
  });
  if (excludes.length > 0) warnings.push("excludeRegions: names none of this file's regions, so it changes nothing (it matters only with strategy all-minus-excludes)");
}

function readRegion(key: string, value: unknown, path: string, warnings: string[]): PlannedRegion {
  const entry = readObject(value, path);
  warnUnknownKeys(entry, REGION_KEYS, path, warnings);
  // `provider` + `region` override the key; Meridian writes them when one region holds two networks.
  const explicit = entry.region !== undefined || entry.provider !== undefined;
  const ref = explicit
    ? parseQdqRegionKey(
        `${readOptionalString(entry.provider, childPath(path, "provider")) ?? "azure"}:${readString(entry.region, childPath(path, "region"))}`,
        path,
      )
    : parseQdqRegionKey(key, path);
  const network = readOptionalObject(entry.network, childPath(path, "network")) ?? {};
  const netPath = childPath(path, "network");
  warnUnknownKeys(network, NETWORK_KEYS, netPath, warnings);

  let cidr = readOptionalString(network.vnetCidr, childPath(netPath, "vnetCidr"));
  const prefix = readSubnetPrefix(network.subnetPrefix, childPath(netPath, "subnetPrefix"));
  if (prefix?.addressPrefix !== undefined) {
    // QDQ's examples write the network's leading octets here ("10.1"); they only matter without a vnetCidr.
    if (cidr === undefined) cidr = prefix.addressPrefix;
    else if (!within(prefix.addressPrefix, cidr)) {
      warnings.push(`${childPath(netPath, "subnetPrefix")}: ${describeValue(network.subnetPrefix)} lies outside vnetCidr ${cidr}; the vnetCidr was used`);
    }
  }
  const targets: string[] = [];
  const single = readOptionalString(network.peeringTarget, childPath(netPath, "peeringTarget"));
  if (single !== undefined) targets.push(single);
  if (network.peeringTargets !== undefined) targets.push(...readStringList(network.peeringTargets, childPath(netPath, "peeringTargets")));
  const linkKinds = readLinkKinds(network.linkKinds, targets, childPath(netPath, "linkKinds"));

  return {
    key,
    provider: ref.provider,
    region: ref.region,
    ...(explicit ? { id: key } : {}),
    primary: readOptionalBoolean(entry.isPrimary, childPath(path, "isPrimary")) ?? false,
    ...(cidr !== undefined ? { cidr } : {}),
    ...(prefix?.length !== undefined ? { subnetPrefix: prefix.length } : {}),
    peeringTargets: targets,
    ...(linkKinds ? { linkKinds } : {}),
    source: path,
  };
}

function readLinkKinds(value: unknown, targets: readonly string[], path: string): Record<string, LinkKind> | undefined {
  if (value === undefined || value === null) return undefined;
  const obj = readObject(value, path);
  return Object.fromEntries(
    Object.entries(obj).map(([target, kind]) => {
      const at = childPath(path, target);
      if (!targets.includes(target)) fail(at, `'${target}' is not one of this region's peering targets`);
      return [target, readEnum(kind, LINK_KINDS, at)];
    }),
  );
}

/** Whether `inner` lies inside `outer` (two CIDRs); an unreadable one is left for the CIDR check to report. */
function within(inner: string, outer: string): boolean {
  const [a, b] = [parseCidr(inner), parseCidr(outer)];
  return !a || !b || (a.start >= b.start && a.end <= b.end) || (b.start >= a.start && b.end <= a.end);
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
    const role = isObserverAlias(key) ? "rpc" : roleFromAlias(key);
    if (!role) {
      fail(rolePath, `unknown role '${key}' (expected validators, bootNodes, rpcNodes, archiveNodes, memberNodes or observers)`);
    }
    // null says "none of these here", as a count of 0 does.
    if (config === null || config === undefined) continue;
    if (isObserverAlias(key) || (role === "validator" && isObserverConfig(config))) {
      groups.push(readObserver(config, rolePath, regionIndex, warnings));
    } else if (role === "rpc" || role === "member") {
      groups.push(...readSubtypes(role, key, config, rolePath, regionIndex, warnings));
    } else {
      groups.push(readNode(role, undefined, config, rolePath, regionIndex, warnings));
    }
  }
  return groups;
}

/** A validator entry typed `observer` (QDQ's documented validator subtype) is an observer, not a validator. */
function isObserverConfig(config: unknown): boolean {
  return isPlainObject(config) && typeof config.type === "string" && isObserverAlias(config.type);
}

function readObserver(value: unknown, path: string, regionIndex: number, warnings: string[]): PlannedGroup {
  const config = readObject(value, path);
  warnings.push(observerNote(path));
  // `type: observer` says what the entry is; any other type is the observer's RPC type.
  const { type: _observer, ...untyped } = config;
  const settings = isObserverConfig(config) ? untyped : config;
  return { ...readNode("rpc", OBSERVER_GROUP_NAME, settings, path, regionIndex, warnings), observer: true };
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
  const existing = readOptionalBoolean(g.existingNetwork, at("existingNetwork"));
  if (existing !== undefined) network.existing = existing;
  if (isIsolated(g.networkTopology)) network.isolatedAt = at("networkTopology");
  else {
    const topology = readOptionalEnum(g.networkTopology, NETWORK_TOPOLOGIES, at("networkTopology"));
    if (topology) network.topology = topology;
  }
  const hub = readOptionalString(g.hubRegion, at("hubRegion"));
  if (hub !== undefined) network.hubRegion = hub;
  const latency = readOptionalEnum(g.crossRegionLatency, CROSS_REGION_LATENCY, at("crossRegionLatency"));
  if (latency) network.crossRegionLatency = latency;
  const classification = readOptionalEnum(g.classification ?? root.classification, CLASSIFICATIONS, g.classification !== undefined ? at("classification") : "classification");
  if (classification) network.classification = classification;
  if (root.classification !== undefined && g.classification !== undefined && root.classification !== g.classification) {
    warnings.push(`classification: differs from ${at("classification")}; used ${at("classification")}`);
  }
  for (const [a, b] of [["blockPeriod", "blockPeriodSeconds"], ["requestTimeout", "requestTimeoutSeconds"]] as const) {
    if (g[a] !== undefined && g[b] !== undefined && g[a] !== g[b]) warnings.push(`${at(b)}: differs from ${a}; used ${a}`);
  }
  const blockPeriod = readOptionalNumber(g.blockPeriod ?? g.blockPeriodSeconds, at("blockPeriod"));
  if (blockPeriod !== undefined) network.blockPeriodSeconds = blockPeriod;
  const requestTimeout = readOptionalNumber(g.requestTimeout ?? g.requestTimeoutSeconds, at("requestTimeout"));
  if (requestTimeout !== undefined) network.requestTimeoutSeconds = requestTimeout;
  return network;
}

/** QDQ's fourth network mode (its CLI and Bicep), beside flat, hub-spoke and mesh. */
export function isIsolated(value: unknown): boolean {
  return typeof value === "string" && value.trim().toLowerCase() === "isolated";
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
