// Builds a topology from QDQ's command-line flags: the distribution DSL gives regions and counts; without it,
// the role counts (--validators, --rpcNodes...) go where the placement DSL or the region flags say, as QDQ's
// resolveAzureTopology places them. The deployment map and placement give each role's deployment type;
// --rpcNodeTypes and --memberNodeTypes name the kinds of nodes; the size and scale maps and tags apply last.

import { NETWORK_TOPOLOGIES, type NodeRole } from "../schema";
import { applyRoleMap } from "./apply-role-maps";
import { buildDocument } from "./build-document";
import {
  parseDeploymentMapDsl, parseDistributionDsl, parsePlacementDsl, type DeploymentMap, type DslRegion, type PlacementEntry,
  type SubtypeRoles,
} from "./dsl";
import { QdqImportError, guardImport } from "./errors";
import { readQdqFlags, type QdqFlags } from "./flags";
import { isIsolated } from "./import-enhanced";
import type { ImportPlan, PlannedGroup, PlannedNetwork, PlannedRegion, QdqImportOptions, QdqImportResult } from "./plan";
import type { QdqDsl } from "./qdq-types";
import { placeByCounts } from "./place-by-counts";
import { readEnum, readObject } from "./read-fields";
import { observerNote } from "./roles";
import { splitSubtypes } from "./split-subtypes";
import { regionKeyOf } from "../region-key";

/** QDQ's DSL lines and the flags that go with them, under QDQ's flag names or Meridian's short ones. */
export interface QdqDslInput extends QdqDsl {
  /** QDQ's `--azureNetworkMode` and `--azureHubRegion`. */
  networkMode?: string;
  hubRegion?: string;
}

/** The DSL lines, or any object of QDQ flags (azureSizeMap, rpcNodeTypes, validators, azureRegions: see flags.ts). */

export function importQdqDsl(input: QdqDslInput, options: QdqImportOptions = {}): QdqImportResult {
  return guardImport(() => {
    const warnings: string[] = [];
    return buildDocument(planQdqDsl(input, warnings), options, warnings);
  });
}

/** `prefix` is how the flags were written ("--" on a command line), for messages. */
export function planQdqDsl(input: unknown, warnings: string[], prefix = ""): ImportPlan {
  return planQdqFlags(readQdqFlags(readObject(input, "(flags)"), warnings, prefix), warnings);
}

const has = (v: string | undefined): v is string => typeof v === "string" && v.trim() !== "";

function planQdqFlags(flags: QdqFlags, warnings: string[]): ImportPlan {
  const subtypeRoles: SubtypeRoles = new Map<string, NodeRole>([
    ...(flags.rpcNodeTypes ?? []).map((k) => [k.name, "rpc"] as const),
    ...(flags.memberNodeTypes ?? []).map((k) => [k.name, "member"] as const),
    ...(["memberAdmins", "memberPermissioned", "memberPrivate", "memberPublic"] as const).map((k) => [k, "member"] as const),
  ]);
  const placement = has(flags.placement) ? parsePlacementDsl(flags.placement, subtypeRoles) : [];
  const map = has(flags.deploymentMap) ? parseDeploymentMapDsl(flags.deploymentMap) : {};
  const hasCounts = Object.keys(flags.counts).length > 0 || flags.rpcNodeTypes !== undefined || flags.memberNodeTypes !== undefined;
  const hasRegions = flags.regions !== undefined || flags.allRegions === true;
  if (!has(flags.distribution) && placement.length === 0 && !hasCounts && !hasRegions) {
    throw new QdqImportError(
      has(flags.deploymentMap)
        ? "a deployment map alone has no regions or counts; give a distribution (eastus:validators=3+rpc=1) or a placement too"
        : "no distribution or placement to import",
    );
  }
  const byRole = deploymentByRole(map, placement, warnings);
  const { regions, groups: placed } = has(flags.distribution)
    ? fromDistribution(flags, flags.distribution, placement, warnings)
    : placeByCounts(flags, placement, warnings);
  const groups = placed.map((g) => ({ ...g, ...ownDeploymentType(g, byRole, placement) }));
  for (const g of groups) {
    if (g.role === "rpc" && !g.observer && g.name === undefined && flags.rpcDefaultType !== undefined) g.rpcType = flags.rpcDefaultType;
  }
  if (flags.sizeMap) applyRoleMap(groups, flags.sizeMap, "vmSize", warnings);
  if (flags.scaleMap) applyRoleMap(groups, flags.scaleMap, "scale", warnings);
  const { observer: _observer, ...roleTypes } = byRole;
  return {
    format: has(flags.distribution) ? "distribution DSL" : placement.length > 0 ? "placement DSL" : "CLI flags",
    ...(flags.name !== undefined ? { name: flags.name } : {}),
    regions,
    groups,
    network: readFlagNetwork(flags),
    tags: flags.tags ?? {},
    deploymentByRole: roleTypes,
    ...(flags.deploymentDefault !== undefined ? { deploymentDefault: flags.deploymentDefault } : {}),
  };
}

/**
 * The deployment map wins over the placement's types. A subtype's placement (api:aca:eastus) types that
 * subtype only, as QDQ looks placements up by the subtype's own name.
 */
function deploymentByRole(map: DeploymentMap, placement: readonly PlacementEntry[], warnings: string[]): DeploymentMap {
  const result: DeploymentMap = { ...map };
  for (const p of placement) {
    if (p.subtype !== undefined && !p.observer) continue;
    const key = p.observer ? "observer" : p.role;
    const mapped = map[key];
    if (mapped !== undefined && mapped !== p.deploymentType) {
      warnings.push(`${p.source}: the deployment map says ${mapped} for this role; used ${mapped}`);
    }
    result[key] ??= p.deploymentType;
  }
  return result;
}

/** An observer takes the observers' type; a subtype its own placement's; other groups their role's, in the builder. */
function ownDeploymentType(g: PlannedGroup, byRole: DeploymentMap, placement: readonly PlacementEntry[]): Partial<PlannedGroup> {
  if (g.deploymentType !== undefined) return {};
  if (g.observer) return byRole.observer !== undefined ? { deploymentType: byRole.observer } : {};
  const own = placement.find((p) => !p.observer && p.role === g.role && p.subtype !== undefined && p.subtype === g.name);
  return own ? { deploymentType: own.deploymentType } : {};
}

function regionFrom(r: DslRegion, source: string): PlannedRegion {
  return { key: r.key, provider: r.provider, region: r.region, primary: false, peeringTargets: [], source };
}

function fromDistribution(
  flags: QdqFlags,
  text: string,
  placement: readonly PlacementEntry[],
  warnings: string[],
): { regions: PlannedRegion[]; groups: PlannedGroup[] } {
  const parsed = parseDistributionDsl(text);
  const regions = parsed.map((r) => regionFrom(r, r.source));
  // QDQ's first region is its primary (and default hub).
  if (regions[0]) regions[0].primary = true;
  let groups: PlannedGroup[] = parsed.flatMap((r, regionIndex) =>
    r.nodes.map((n) => {
      if (n.observer) warnings.push(observerNote(n.source));
      return {
        regionIndex,
        role: n.role,
        ...(n.subtype !== undefined ? { name: n.subtype } : {}),
        ...(n.observer ? { observer: true } : {}),
        count: n.count,
        source: n.source,
      };
    }),
  );
  for (const p of placement) {
    const places = (n: { role: NodeRole; subtype?: string; count: number }) =>
      n.role === p.role && (p.subtype === undefined || n.subtype === p.subtype) && n.count > 0;
    const where = new Set(parsed.filter((r) => r.nodes.some(places)).map((r) => regionKeyOf(r)));
    const listed = new Set(p.regions.map((r) => regionKeyOf(r)));
    if ([...listed].some((k) => !where.has(k)) || [...where].some((k) => !listed.has(k))) {
      warnings.push(`${p.source}: its regions differ from the distribution's for this role; the distribution decides where nodes run`);
    }
  }
  const elsewhere = (role: "rpc" | "member") => (kind: { name: string; count: number; source: string; type: string }): PlannedGroup[] => {
    warnings.push(`${kind.source}: the distribution has no ${role === "rpc" ? "RPC nodes" : "members"} for '${kind.name}' to take; its ${kind.count} went to ${regions[0]!.key}`);
    const typeField = role === "rpc" ? { rpcType: kind.type } : { memberType: kind.type };
    return [{ regionIndex: 0, role, name: kind.name, count: kind.count, ...typeField, source: kind.source } as PlannedGroup];
  };
  if (flags.rpcNodeTypes) groups = splitSubtypes(groups, "rpc", flags.rpcNodeTypes, flags.at("rpcNodeTypes"), elsewhere("rpc"), warnings);
  if (flags.memberNodeTypes) groups = splitSubtypes(groups, "member", flags.memberNodeTypes, flags.at("memberNodeTypes"), elsewhere("member"), warnings);
  warnOverruled(flags, warnings);
  return { regions, groups };
}

/** With a distribution, QDQ takes regions and counts from it alone; flags that say otherwise are named. */
function warnOverruled(flags: QdqFlags, warnings: string[]): void {
  for (const flag of ["regions", "allRegions", "regionExclude", "regionClass"] as const) {
    if (flags[flag] !== undefined) warnings.push(`${flags.at(flag)}: the distribution chooses the regions; ignored`);
  }
  for (const flag of Object.keys(flags.counts) as (keyof QdqFlags["counts"])[]) {
    warnings.push(`${flags.at(flag)}: the distribution gives the counts; ignored`);
  }
}

function readFlagNetwork(flags: QdqFlags): PlannedNetwork {
  const network: PlannedNetwork = {
    source: "",
    paths: {
      consensus: flags.at("consensus"), client: flags.at("client"), chainId: flags.at("chainId"), hubRegion: flags.at("hubRegion"),
      networkTopology: flags.at("networkMode"), classification: flags.at("regionClass"),
    },
  };
  if (has(flags.networkMode)) {
    if (isIsolated(flags.networkMode)) network.isolatedAt = flags.at("networkMode");
    else network.topology = readEnum(flags.networkMode, NETWORK_TOPOLOGIES, flags.at("networkMode"));
  }
  if (has(flags.hubRegion)) network.hubRegion = flags.hubRegion.trim();
  if (flags.consensus !== undefined) network.consensus = flags.consensus;
  if (flags.client !== undefined) network.client = flags.client;
  if (flags.chainId !== undefined) network.chainId = flags.chainId;
  if (flags.regionClass !== undefined) network.classification = flags.regionClass;
  return network;
}
