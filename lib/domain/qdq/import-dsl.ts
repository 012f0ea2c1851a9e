// Builds a topology from QDQ's DSL lines: the distribution gives regions and counts, the deployment map
// and placement give each role's deployment type. A placement alone gives regions, with QDQ's default counts.

import { NETWORK_TOPOLOGIES, type NodeRole } from "../schema";
import { buildDocument } from "./build-document";
import {
  parseDeploymentMapDsl, parseDistributionDsl, parsePlacementDsl, type DeploymentMap, type DslRegion, type PlacementEntry,
} from "./dsl";
import { QdqImportError, guardImport } from "./errors";
import type { ImportPlan, PlannedGroup, PlannedNetwork, PlannedRegion, QdqImportOptions, QdqImportResult } from "./plan";
import type { QdqDsl } from "./qdq-types";
import { readOptionalEnum, readOptionalString } from "./read-fields";
import { QDQ_DEFAULT_COUNTS } from "./roles";

export interface QdqDslInput extends QdqDsl {
  /** QDQ's `--azureNetworkMode` and `--azureHubRegion`. */
  networkMode?: string;
  hubRegion?: string;
}

export function importQdqDsl(input: QdqDslInput, options: QdqImportOptions = {}): QdqImportResult {
  return guardImport(() => {
    const warnings: string[] = [];
    return buildDocument(planQdqDsl(input, warnings), options, warnings);
  });
}

export function planQdqDsl(input: QdqDslInput, warnings: string[]): ImportPlan {
  const has = (v: string | undefined) => typeof v === "string" && v.trim() !== "";
  if (!has(input.distribution) && !has(input.placement)) {
    throw new QdqImportError(
      has(input.deploymentMap)
        ? "a deployment map alone has no regions or counts; give a distribution (eastus:validators=3+rpc=1) or a placement too"
        : "no distribution or placement to import",
    );
  }
  const placement = has(input.placement) ? parsePlacementDsl(input.placement) : [];
  const byRole = deploymentByRole(has(input.deploymentMap) ? parseDeploymentMapDsl(input.deploymentMap) : {}, placement, warnings);
  const { regions, groups } = has(input.distribution)
    ? fromDistribution(input.distribution!, placement, warnings)
    : fromPlacement(placement, warnings);
  return {
    format: has(input.distribution) ? "distribution DSL" : "placement DSL",
    regions,
    groups,
    network: readDslNetwork(input),
    tags: {},
    deploymentByRole: byRole,
  };
}

/** The deployment map wins over the placement's types; a subtype's placement applies to its whole role. */
function deploymentByRole(map: DeploymentMap, placement: readonly PlacementEntry[], warnings: string[]): DeploymentMap {
  const result: DeploymentMap = { ...map };
  for (const p of placement) {
    const mapped = map[p.role];
    if (mapped !== undefined && mapped !== p.deploymentType) {
      warnings.push(`${p.source}: the deployment map says ${mapped} for this role; used ${mapped}`);
    }
    result[p.role] ??= p.deploymentType;
  }
  return result;
}

function regionFrom(r: DslRegion, source: string): PlannedRegion {
  return { key: r.key, provider: r.provider, region: r.region, primary: false, peeringTargets: [], source };
}

function fromDistribution(
  text: string,
  placement: readonly PlacementEntry[],
  warnings: string[],
): { regions: PlannedRegion[]; groups: PlannedGroup[] } {
  const parsed = parseDistributionDsl(text);
  const regions = parsed.map((r) => regionFrom(r, r.source));
  // QDQ's first region is its primary (and default hub).
  if (regions[0]) regions[0].primary = true;
  const groups: PlannedGroup[] = parsed.flatMap((r, regionIndex) =>
    r.nodes.map((n) => ({
      regionIndex,
      role: n.role,
      ...(n.subtype !== undefined ? { name: n.subtype } : {}),
      count: n.count,
      source: n.source,
    })),
  );
  for (const p of placement) {
    const where = new Set(parsed.filter((r) => r.nodes.some((n) => n.role === p.role && n.count > 0)).map((r) => `${r.provider}:${r.region}`));
    const listed = new Set(p.regions.map((r) => `${r.provider}:${r.region}`));
    if ([...listed].some((k) => !where.has(k)) || [...where].some((k) => !listed.has(k))) {
      warnings.push(`${p.source}: its regions differ from the distribution's for this role; the distribution decides where nodes run`);
    }
  }
  return { regions, groups };
}

/** Spreads each role's QDQ default count over the regions its placement lists, the remainder going first. */
function fromPlacement(
  placement: readonly PlacementEntry[],
  warnings: string[],
): { regions: PlannedRegion[]; groups: PlannedGroup[] } {
  const regions: PlannedRegion[] = [];
  const indexOf = (r: DslRegion, source: string): number => {
    const found = regions.findIndex((x) => x.provider === r.provider && x.region === r.region);
    if (found >= 0) return found;
    regions.push(regionFrom(r, source));
    return regions.length - 1;
  };
  const groups: PlannedGroup[] = [];
  for (const p of placement) {
    const total = QDQ_DEFAULT_COUNTS[p.role];
    warnings.push(`${p.source}: a placement has no counts; used QDQ's default of ${total} ${roleNoun(p.role, total)} spread over its regions`);
    p.regions.forEach((r, i) => {
      const regionIndex = indexOf(r, p.source);
      const count = Math.floor(total / p.regions.length) + (i < total % p.regions.length ? 1 : 0);
      if (count > 0) {
        groups.push({ regionIndex, role: p.role, ...(p.subtype !== undefined ? { name: p.subtype } : {}), count, deploymentType: p.deploymentType, source: p.source });
      }
    });
  }
  if (regions[0]) regions[0].primary = true;
  return { regions, groups };
}

function roleNoun(role: NodeRole, n: number): string {
  const noun = { validator: "validator", bootnode: "bootnode", rpc: "RPC node", archive: "archive node", member: "member" }[role];
  return n === 1 ? noun : `${noun}s`;
}

function readDslNetwork(input: QdqDslInput): PlannedNetwork {
  const network: PlannedNetwork = { source: "options" };
  const topology = readOptionalEnum(input.networkMode, NETWORK_TOPOLOGIES, "networkMode");
  if (topology) network.topology = topology;
  const hub = readOptionalString(input.hubRegion, "hubRegion");
  if (hub !== undefined) network.hubRegion = hub;
  return network;
}
