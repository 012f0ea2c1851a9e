// Writes a topology document as QDQ's EnhancedTopologyFile. What QDQ has no field for (compliance packs,
// operations, budget, layout, RPC exposure and authentication) is left out. Three Meridian extensions appear
// only when needed: `provider`/`region` on an entry whose region already has a key (two networks in one
// region), `network.peeringTargets` for peerings beyond QDQ's single one, and `network.linkKinds` for a link
// that is not the usual kind (an interconnect, or a VPN within one cloud).

import { getRegion } from "../catalog";
import {
  DEFAULT_RPC_CAPABILITIES, RPC_CAPABILITIES, type Classification, type Link, type LinkKind, type NodeGroup, type Region, type TopologyDocument,
} from "../schema";
import type {
  EnhancedTopologyFile, QdqMemberNodeConfig, QdqNodeConfig, QdqRegionEntry, QdqRpcCapabilities, QdqRpcNodeConfig,
} from "./qdq-types";
import { formatQdqRegionKey, usualLinkKind } from "./providers";

const DEFAULT_SUBNET_PREFIX = 24;

/** Pass `warnings` to hear what the file cannot say (several validator groups in one region are merged). */
export function toEnhancedTopologyFile(doc: TopologyDocument, warnings: string[] = []): EnhancedTopologyFile {
  const keys = regionKeys(doc.regions);
  const regions: Record<string, QdqRegionEntry> = {};
  for (const region of doc.regions) {
    const key = keys.get(region.id)!;
    const outgoing = doc.links.filter((l) => l.from === region.id && keys.has(l.to));
    const peers = outgoing.map((l) => keys.get(l.to)!);
    const kinds = unusualLinkKinds(doc.regions, outgoing, keys);
    const natural = formatQdqRegionKey(region.provider, region.region);
    setOwn(regions, key, {
      ...(region.primary ? { isPrimary: true } : {}),
      ...(key !== natural ? { provider: region.provider, region: region.region } : {}),
      network: {
        vnetCidr: region.cidr,
        ...(region.subnetPrefix !== DEFAULT_SUBNET_PREFIX ? { subnetPrefix: region.subnetPrefix } : {}),
        ...(peers[0] !== undefined ? { peeringTarget: peers[0] } : {}),
        ...(peers.length > 1 ? { peeringTargets: peers.slice(1) } : {}),
        ...(kinds ? { linkKinds: kinds } : {}),
      },
      nodeDistribution: nodeDistribution(
        key,
        doc.nodeGroups.filter((g) => g.regionId === region.id),
        warnings,
      ),
    });
  }
  const { network } = doc;
  const hubKey = network.hubRegionId !== undefined ? keys.get(network.hubRegionId) : undefined;
  return {
    ...(doc.name ? { name: doc.name } : {}),
    strategy: "regional-distribution",
    regions,
    globalSettings: {
      client: network.client,
      consensus: network.consensus,
      chainId: network.chainId,
      networkTopology: network.topology,
      ...(hubKey !== undefined ? { hubRegion: hubKey } : {}),
      crossRegionLatency: network.crossRegionLatency,
      classification: classificationOf(doc.regions),
      blockPeriod: network.blockPeriodSeconds,
      requestTimeout: network.requestTimeoutSeconds,
      ...(network.existing !== undefined ? { existingNetwork: network.existing } : {}),
    },
    ...(Object.keys(doc.tags).length > 0 ? { tags: { ...doc.tags } } : {}),
  };
}

/** The links whose kind an importer would not guess from the providers (see `usualLinkKind`), by target key. */
function unusualLinkKinds(regions: readonly Region[], links: readonly Link[], keys: ReadonlyMap<string, string>): Record<string, LinkKind> | undefined {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const kinds: Record<string, LinkKind> = {};
  for (const l of links) {
    const [from, to] = [byId.get(l.from), byId.get(l.to)];
    if (from && to && l.kind !== usualLinkKind(from.provider, to.provider)) setOwn(kinds, keys.get(l.to)!, l.kind);
  }
  return Object.keys(kinds).length > 0 ? kinds : undefined;
}

/** QDQ's key for each region; a second network in the same region is keyed by its id instead. */
function regionKeys(regions: readonly Region[]): Map<string, string> {
  const keys = new Map<string, string>();
  const used = new Set<string>();
  for (const r of regions) {
    let key = formatQdqRegionKey(r.provider, r.region);
    if (used.has(key)) key = r.id;
    for (let n = 2; used.has(key); n += 1) key = `${r.id}-${n}`;
    used.add(key);
    keys.set(r.id, key);
  }
  return keys;
}

type Distribution = QdqRegionEntry["nodeDistribution"];

function nodeDistribution(regionKey: string, groups: readonly NodeGroup[], warnings: string[]): Distribution {
  const dist: Distribution = {};
  const single = (role: "validator" | "bootnode" | "archive", field: "validators" | "bootNodes" | "archiveNodes") => {
    const matching = groups.filter((g) => g.role === role);
    const [first, ...rest] = matching;
    if (!first) return;
    if (rest.length > 0) {
      warnings.push(`regions.${regionKey}: ${matching.length} ${field} groups merged into one (QDQ has one per region); settings of '${first.id}' kept`);
    }
    dist[field] = { ...nodeConfig(first), count: matching.reduce((sum, g) => sum + g.count, 0) };
  };
  single("validator", "validators");
  single("bootnode", "bootNodes");

  const rpcNodes: Record<string, QdqRpcNodeConfig> = {};
  for (const g of groups) {
    if (g.role !== "rpc") continue;
    const capabilities = capabilityOverrides(g.rpcType, g.capabilities);
    setOwn(rpcNodes, uniqueKey(rpcNodes, g.name ?? g.rpcType), {
      type: g.rpcType,
      ...nodeConfig(g),
      ...(capabilities ? { capabilities } : {}),
    });
  }
  if (Object.keys(rpcNodes).length > 0) dist.rpcNodes = rpcNodes;

  single("archive", "archiveNodes");

  const memberNodes: Record<string, QdqMemberNodeConfig> = {};
  for (const g of groups) {
    if (g.role !== "member") continue;
    setOwn(memberNodes, uniqueKey(memberNodes, g.name ?? g.memberType), { type: g.memberType, ...nodeConfig(g) });
  }
  if (Object.keys(memberNodes).length > 0) dist.memberNodes = memberNodes;
  return dist;
}

function nodeConfig(g: NodeGroup): QdqNodeConfig {
  const defaultStorage = g.storage.type === "standard" && g.storage.sizeGB === 256;
  return {
    count: g.count,
    deploymentType: g.deploymentType,
    vmSize: g.vmSize,
    ...(g.scale ? { scale: { ...g.scale } } : {}),
    ...(!defaultStorage ? { storage: { ...g.storage } } : {}),
  };
}

/** QDQ's flags are overrides of the RPC type's defaults: write only the ones that differ. */
function capabilityOverrides(
  rpcType: keyof typeof DEFAULT_RPC_CAPABILITIES,
  capabilities: readonly string[],
): QdqRpcCapabilities | undefined {
  const defaults = new Set<string>(DEFAULT_RPC_CAPABILITIES[rpcType]);
  const enabled = new Set(capabilities);
  const flags = Object.fromEntries(
    RPC_CAPABILITIES.filter((c) => defaults.has(c) !== enabled.has(c)).map((c) => [c, enabled.has(c)]),
  ) as QdqRpcCapabilities;
  return Object.keys(flags).length > 0 ? flags : undefined;
}

/** Defines a key even when it is `__proto__`: names come from the user. */
function setOwn<T>(map: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}

function uniqueKey(map: Record<string, unknown>, wanted: string): string {
  let key = wanted;
  for (let n = 2; Object.hasOwn(map, key); n += 1) key = `${wanted}-${n}`;
  return key;
}

/** The document has no classification: the first sovereign region (gov, dod, china) decides, else commercial. */
function classificationOf(regions: readonly Region[]): Classification {
  for (const r of regions) {
    const c = getRegion(r.provider, r.region)?.classification;
    if (c && c !== "commercial") return c;
  }
  return "commercial";
}
