// Turns an ImportPlan into a topology document: ids, CIDRs, deployment types, sizes and links are filled
// in here, once for every QDQ format, and the result is checked against TopologyDocumentSchema.

import { getRegion } from "../catalog";
import {
  CURRENT_SCHEMA_VERSION, DEFAULT_RPC_CAPABILITIES, MEMBER_TYPES, RPC_TYPES, TopologyDocumentSchema, formatIssues,
  type DeploymentType, type NetworkSettings, type NodeRole, type Provider, type TopologyDocument, type TopologyDocumentInput,
} from "../schema";
import { MIGRATION_HINT, mapsToToday, statusSentence, unsupportedChoices } from "../support";
import { nextFreeSlash16, parseCidr, type Ipv4Range } from "../net/ipv4";
import { resolveClientConsensus } from "./consensus";
import { QdqImportError, type QdqIssue } from "./errors";
import {
  networkPath, type ImportPlan, type PlannedGroup, type PlannedNetwork, type PlannedRegion, type QdqImportOptions,
  type QdqImportResult, type StatedSettings,
} from "./plan";
import {
  DEFAULT_VM_SIZE, deploymentTypeOn, firstDeploymentType, formatQdqRegionKey, regionIdFor, usualLinkKind,
} from "./providers";
import { fail } from "./read-fields";
import { regionKeyOf } from "../region-key";

const DEFAULT_NAME = "Imported QDQ topology";

type RegionInput = TopologyDocumentInput["regions"][number];
type GroupInput = TopologyDocumentInput["nodeGroups"][number];
type LinkInput = NonNullable<TopologyDocumentInput["links"]>[number];

export function buildDocument(plan: ImportPlan, options: QdqImportOptions, warnings: string[]): QdqImportResult {
  if (plan.regions.length === 0) fail("regions", "no regions: a topology needs at least one");
  const ids = new UniqueIds();
  const regionIds = plan.regions.map((r) => ids.claim(r.id ?? regionIdFor(r.provider, r.region)));
  warnDuplicateRegions(plan.regions, warnings);
  const regions = buildRegions(plan.regions, regionIds, warnings);
  const groups = plan.groups.flatMap((g) => buildGroup(plan, g, regionIds, ids, warnings));
  const links = buildLinks(plan.regions, regionIds, ids);

  const { network } = plan;
  checkIsolated(plan, links.length, warnings);
  const { client, consensus } = resolveClientConsensus(network.consensus, options.client ?? network.client, networkPath(network, "consensus"), warnings);
  const hubRegionId = resolveHub(plan, regionIds, warnings);
  checkClassification(plan, warnings);

  const raw: TopologyDocumentInput = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: (options.name ?? plan.name ?? DEFAULT_NAME).slice(0, 120),
    description: (plan.description ?? `Imported from QDQ ${plan.format}.`).slice(0, 2000),
    network: {
      client,
      consensus,
      chainId: network.chainId ?? 1337,
      ...(network.blockPeriodSeconds !== undefined ? { blockPeriodSeconds: network.blockPeriodSeconds } : {}),
      ...(network.requestTimeoutSeconds !== undefined ? { requestTimeoutSeconds: network.requestTimeoutSeconds } : {}),
      topology: network.topology ?? "flat",
      ...(hubRegionId !== undefined ? { hubRegionId } : {}),
      crossRegionLatency: network.crossRegionLatency ?? "optimized",
    },
    regions,
    nodeGroups: groups.map((g) => g.input),
    links: links.map((l) => l.input),
    tags: plan.tags,
  };
  const parsed = TopologyDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const sources = { regions: plan.regions.map((r) => r.source), groups: groups.map((g) => g.source), links: links.map((l) => l.source), network };
    throw schemaError(formatIssues(parsed.error), sources);
  }
  return { document: markExisting(parsed.data, network.existing, warnings), warnings, stated: statedSettings(plan, options) };
}

/**
 * Existing networks are real: an input on something current releases no longer run (GoQuorum, Clique, Tessera)
 * describes a network that already runs, so it is marked existing (warnings to migrate, not errors) unless the
 * file says otherwise, and the warnings say what each choice maps to today.
 */
function markExisting(doc: TopologyDocument, stated: boolean | undefined, warnings: string[]): TopologyDocument {
  const removed = unsupportedChoices(doc).filter((c) => c.entry.status === "removed");
  for (const { entry } of removed) warnings.push(`support: ${statusSentence(entry)}; today ${mapsToToday(entry, doc.network.consensus)}`);
  const existing = stated ?? removed.length > 0;
  if (removed.length > 0 && stated === undefined) warnings.push(`support: imported as an existing network, so these are warnings to plan a migration rather than errors (${MIGRATION_HINT})`);
  return existing === (doc.network.existing ?? false) ? doc : { ...doc, network: { ...doc.network, existing } };
}

/** The network settings the input named; a stated consensus decides the client too. */
function statedSettings(plan: ImportPlan, options: QdqImportOptions): StatedSettings {
  const n = plan.network;
  const fields: (keyof NetworkSettings)[] = [];
  if (n.client !== undefined || options.client !== undefined || n.consensus !== undefined) fields.push("client");
  if (n.consensus !== undefined) fields.push("consensus");
  if (n.chainId !== undefined) fields.push("chainId");
  if (n.blockPeriodSeconds !== undefined) fields.push("blockPeriodSeconds");
  if (n.requestTimeoutSeconds !== undefined) fields.push("requestTimeoutSeconds");
  if (n.topology !== undefined || n.isolatedAt !== undefined) fields.push("topology");
  if (n.hubRegion !== undefined || n.topology === "hub-spoke") fields.push("hubRegionId");
  if (n.crossRegionLatency !== undefined) fields.push("crossRegionLatency");
  return { network: fields, tags: Object.keys(plan.tags).length > 0, compliance: false, operations: false, budget: false };
}

/**
 * QDQ's `isolated` mode gives every region a network of its own and peers nothing. Meridian's topologies all
 * join regions of one cloud, so only a single region (which has nothing to peer with) reads faithfully.
 */
function checkIsolated(plan: ImportPlan, linkCount: number, warnings: string[]): void {
  const at = plan.network.isolatedAt;
  if (at === undefined) return;
  if (plan.regions.length > 1) {
    fail(at, `'isolated' peers no regions, so these ${plan.regions.length} regions could not reach each other; Meridian joins the regions of a network (flat, hub-spoke or mesh). Use one of those, or import one region at a time`);
  }
  if (linkCount > 0) fail(at, "'isolated' peers nothing, yet the input declares a peering");
  warnings.push(`${at}: 'isolated' with a single region has nothing to peer; imported as flat`);
}

/** Hands out ids that match the schema's id pattern and are unique within the document. */
class UniqueIds {
  private readonly used = new Set<string>();

  claim(wanted: string): string {
    const base = (wanted.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "") || "x").slice(0, 58);
    let id = base;
    for (let n = 2; this.used.has(id); n += 1) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** Two networks in one region are allowed (the document has ids), but rarely meant unless Meridian wrote them. */
function warnDuplicateRegions(regions: readonly PlannedRegion[], warnings: string[]): void {
  const seen = new Map<string, PlannedRegion>();
  for (const r of regions) {
    const key = regionKeyOf(r);
    const prior = seen.get(key);
    if (prior && r.id === undefined) {
      warnings.push(`${r.source}: the same region as ${prior.source}; imported as a second network in ${formatQdqRegionKey(r.provider, r.region)}`);
    }
    if (!prior) seen.set(key, r);
  }
}

function buildRegions(planned: readonly PlannedRegion[], regionIds: readonly string[], warnings: string[]): RegionInput[] {
  const taken: Ipv4Range[] = [];
  planned.forEach((r) => {
    if (r.cidr === undefined) return;
    const cidr = parseCidr(r.cidr);
    if (!cidr) fail(`${r.source}.network.vnetCidr`, `'${r.cidr}' is not an IPv4 CIDR such as 10.1.0.0/16`);
    taken.push(cidr);
  });
  const assigned: string[] = [];
  const built = planned.map((r, i) => {
    let cidr = r.cidr;
    if (cidr === undefined) {
      cidr = nextFreeSlash16(taken);
      if (!cidr) fail(`${r.source}.network.vnetCidr`, "is missing and no free 10.N.0.0/16 block is left to assign");
      taken.push(parseCidr(cidr)!);
      assigned.push(`${r.key} ${cidr}`);
    }
    if (!getRegion(r.provider, r.region)) {
      warnings.push(`${r.source}: '${r.region}' is not in Meridian's ${r.provider} region catalog; latency, cost and compliance checks will not know it`);
    }
    return {
      id: regionIds[i]!,
      provider: r.provider,
      region: r.region,
      primary: r.primary,
      cidr,
      ...(r.subnetPrefix !== undefined ? { subnetPrefix: r.subnetPrefix } : {}),
    };
  });
  if (assigned.length > 0) warnings.push(`assigned address spaces to regions without a vnetCidr: ${assigned.join(", ")}`);
  return built;
}

const ROLE_SLUG: Record<NodeRole, string> = {
  validator: "validators", bootnode: "bootnodes", rpc: "rpc", archive: "archive", member: "members",
};

function buildGroup(
  plan: ImportPlan,
  g: PlannedGroup,
  regionIds: readonly string[],
  ids: UniqueIds,
  warnings: string[],
): { input: GroupInput; source: string }[] {
  if (g.count === 0) {
    warnings.push(`${g.source}: count is 0, so no node group was created`);
    return [];
  }
  const region = plan.regions[g.regionIndex]!;
  const regionId = regionIds[g.regionIndex]!;
  const slug = g.name && g.name.toLowerCase() !== ROLE_SLUG[g.role] ? `${ROLE_SLUG[g.role]}-${g.name}` : ROLE_SLUG[g.role];
  const base = {
    id: ids.claim(`${regionId}-${slug}`),
    regionId,
    ...(g.name !== undefined ? { name: g.name } : {}),
    count: g.count,
    deploymentType: deploymentTypeFor(plan, g, region.provider, warnings),
    vmSize: g.vmSize ?? DEFAULT_VM_SIZE[region.provider][g.role],
    ...(g.scale ? { scale: g.scale } : {}),
    ...(g.storage ? { storage: g.storage } : {}),
  };
  // A subtype named after a type (`trace`, `private`) is of that type unless the input says otherwise.
  const named = g.name?.toLowerCase();
  const rpcType = g.rpcType ?? RPC_TYPES.find((t) => t === named) ?? "standard";
  const input: GroupInput =
    g.role === "rpc"
      ? { ...base, role: "rpc", rpcType, capabilities: g.capabilities ?? [...DEFAULT_RPC_CAPABILITIES[rpcType]] }
      : g.role === "member"
        ? { ...base, role: "member", memberType: g.memberType ?? MEMBER_TYPES.find((t) => t === named) ?? "permissioned" }
        : { ...base, role: g.role };
  return [{ input, source: g.source }];
}

/** The group's own type, else the role's (deployment map or placement), else deploymentDefault, else the provider's first. */
function deploymentTypeFor(plan: ImportPlan, g: PlannedGroup, provider: Provider, warnings: string[]): DeploymentType {
  const stated = g.deploymentType ?? plan.deploymentByRole?.[g.role] ?? plan.deploymentDefault;
  if (stated === undefined) return firstDeploymentType(provider);
  const mapped = deploymentTypeOn(provider, stated);
  if (mapped !== stated && g.deploymentType !== undefined) {
    warnings.push(`${g.source}.deploymentType: '${stated}' is not a ${provider} deployment type; used its ${provider} equivalent '${mapped}'`);
  }
  return mapped;
}

function findRegionIndex(regions: readonly PlannedRegion[], key: string): number {
  const exact = regions.findIndex((r) => r.key === key);
  if (exact >= 0) return exact;
  const colon = key.indexOf(":");
  const provider = colon < 0 ? "azure" : key.slice(0, colon).trim().toLowerCase();
  const name = (colon < 0 ? key : key.slice(colon + 1)).trim().toLowerCase();
  return regions.findIndex((r) => r.provider === provider && r.region === name);
}

/** Peering is symmetric: A→B and B→A are one link. Cross-provider peering can only be a VPN, unless the file says. */
function buildLinks(
  regions: readonly PlannedRegion[],
  regionIds: readonly string[],
  ids: UniqueIds,
): { input: LinkInput; source: string }[] {
  const links: { input: LinkInput; source: string }[] = [];
  const joined = new Set<string>();
  regions.forEach((r, from) => {
    for (const target of r.peeringTargets) {
      const source = `${r.source}.network.peeringTarget`;
      const to = findRegionIndex(regions, target);
      if (to < 0) fail(source, `'${target}' is not one of the regions in this file`);
      if (to === from) fail(source, `a region cannot peer with itself ('${target}')`);
      const pair = [from, to].sort((a, b) => a - b).join("|");
      if (joined.has(pair)) continue;
      joined.add(pair);
      const [fromId, toId] = [regionIds[from]!, regionIds[to]!];
      const kind = r.linkKinds?.[target] ?? usualLinkKind(r.provider, regions[to]!.provider);
      links.push({ input: { id: ids.claim(`link-${fromId}-${toId}`), from: fromId, to: toId, kind }, source });
    }
  });
  return links;
}

function resolveHub(plan: ImportPlan, regionIds: readonly string[], warnings: string[]): string | undefined {
  const { network } = plan;
  if (network.hubRegion !== undefined) {
    const index = findRegionIndex(plan.regions, network.hubRegion);
    if (index < 0) fail(networkPath(network, "hubRegion"), `'${network.hubRegion}' is not one of the regions in this file`);
    return regionIds[index];
  }
  if (network.topology !== "hub-spoke") return undefined;
  const primary = Math.max(0, plan.regions.findIndex((r) => r.primary));
  warnings.push(`${networkPath(network, "networkTopology")}: hub-spoke without a hubRegion; used ${plan.regions[primary]!.key} as the hub`);
  return regionIds[primary];
}

/** The document has no classification of its own: it follows from the regions. Say so when they disagree. */
function checkClassification(plan: ImportPlan, warnings: string[]): void {
  const stated = plan.network.classification;
  if (stated === undefined) return;
  for (const r of plan.regions) {
    const actual = getRegion(r.provider, r.region)?.classification;
    if (actual !== undefined && actual !== stated) {
      warnings.push(`${networkPath(plan.network, "classification")}: '${stated}', but ${r.key} is a ${actual} region; Meridian goes by each region's own classification`);
    }
  }
}

/** The document's network settings under the names QDQ's globalSettings gives them. */
const QDQ_NETWORK_FIELD: Readonly<Record<string, string>> = {
  blockPeriodSeconds: "blockPeriod",
  requestTimeoutSeconds: "requestTimeout",
  topology: "networkTopology",
  hubRegionId: "hubRegion",
};

/** Maps the schema's paths (nodeGroups[3].vmSize) back to where the value was written in the QDQ input. */
function schemaError(
  issues: readonly { path: string; message: string }[],
  sources: { regions: string[]; groups: string[]; links: string[]; network: PlannedNetwork },
): QdqImportError {
  const located: QdqIssue[] = issues.map(({ path, message }) => {
    const match = /^(regions|nodeGroups|links)\[(\d+)\](.*)$/.exec(path);
    if (match) {
      const list = match[1] === "regions" ? sources.regions : match[1] === "nodeGroups" ? sources.groups : sources.links;
      const origin = list[Number(match[2])];
      if (origin !== undefined) return { path: `${origin}${match[3] ?? ""}`, message };
    }
    if (path.startsWith("network.")) {
      const field = path.slice("network.".length);
      return { path: networkPath(sources.network, QDQ_NETWORK_FIELD[field] ?? field), message };
    }
    return { path, message };
  });
  const first = located[0] ?? { path: "", message: "the imported topology is not valid" };
  const more = located.length > 1 ? ` (and ${located.length - 1} more problem${located.length > 2 ? "s" : ""})` : "";
  return new QdqImportError(`${first.message}${more}`, { path: first.path, issues: located });
}
