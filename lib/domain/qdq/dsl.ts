// QDQ's one-line DSLs:
//   distribution    eastus:validators=3+rpc=2+boot=1,westus2:validators=2+archive=1
//   deployment map  validators=aks,rpc=aca,archive=vmss,boot=vm
//   placement       validators:aks:eastus+westus2;rpc:aca:centralus
// Region names may carry a provider prefix (aws:us-east-1). QDQ's `observer` role is read as an RPC subtype
// named "observer" (see roles.ts). Meridian also reads `rpc.trace=2` and `member.private=1`, naming an RPC or
// member subtype; a placement may name a subtype that --rpcNodeTypes or --memberNodeTypes defines (api:aca:eastus).

import type { DeploymentType, NodeRole } from "../schema";
import { QdqImportError } from "./errors";
import { parseQdqRegionKey, readDeploymentType, type RegionRefParts } from "./providers";
import { DSL_ROLE_NAMES, OBSERVER_GROUP_NAME, isObserverAlias, roleFromAlias } from "./roles";

export interface DslRegion extends RegionRefParts {
  /** The region as written, `eastus` or `aws:us-east-1`. */
  key: string;
}

export interface DslRoleRef {
  role: NodeRole;
  /** `trace` in `rpc.trace`: the RPC or member subtype. */
  subtype?: string;
  /** QDQ's observer: an RPC subtype named "observer". */
  observer?: true;
}

/** Subtype names that flags define (api from --rpcNodeTypes api:standard:2), to their role. */
export type SubtypeRoles = ReadonlyMap<string, NodeRole>;

export interface DistributionNode extends DslRoleRef {
  count: number;
  source: string;
}

export interface DistributionRegion extends DslRegion {
  nodes: DistributionNode[];
  source: string;
}

export interface PlacementEntry extends DslRoleRef {
  deploymentType: DeploymentType;
  regions: DslRegion[];
  source: string;
}

/** A deployment type per role; observers, being a kind of RPC node of their own in QDQ, may have theirs. */
export type DeploymentMap = Partial<Record<NodeRole | "observer", DeploymentType>>;

/** Where an entry sits in a DSL line, as error messages show it: `distribution entry 2 "westus2:validators=2"`. */
function entrySource(dsl: string, index: number, text: string): string {
  return `${dsl} entry ${index + 1} ${JSON.stringify(text)}`;
}

function dslError(source: string, message: string): never {
  throw new QdqImportError(message, { path: source });
}

/** Splits on a separator, trimming, and skipping empty pieces (a trailing comma) but not an empty line. */
function segments(text: unknown, separator: string, dsl: string): string[] {
  if (typeof text !== "string") dslError(dsl, `must be a string, got ${text === null ? "null" : typeof text}`);
  const parts = text.split(separator).map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0) dslError(dsl, "is empty");
  return parts;
}

function readRoleRef(text: string, source: string, subtypeRoles?: SubtypeRoles): DslRoleRef {
  const [name = "", subtype, ...extra] = text.split(".").map((s) => s.trim());
  if (isObserverAlias(name)) {
    if (subtype !== undefined) dslError(source, `'${text}': observer takes no subtype`);
    return { role: "rpc", subtype: OBSERVER_GROUP_NAME, observer: true };
  }
  const definedRole = subtype === undefined ? subtypeRoles?.get(name) : undefined;
  if (definedRole) return { role: definedRole, subtype: name };
  const role = roleFromAlias(name);
  if (!role) dslError(source, `unknown role '${name}' (expected ${DSL_ROLE_NAMES.join(", ")})`);
  if (subtype !== undefined || extra.length > 0) {
    if ((role !== "rpc" && role !== "member") || !subtype || extra.length > 0 || !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(subtype)) {
      dslError(source, `'${text}': only rpc and member take a subtype, written rpc.NAME or member.NAME`);
    }
    return { role, subtype };
  }
  return { role };
}

function readRegion(key: string, source: string): DslRegion {
  return { key, ...parseQdqRegionKey(key, source) };
}

export function parseDistributionDsl(text: unknown): DistributionRegion[] {
  const regions: DistributionRegion[] = [];
  segments(text, ",", "distribution").forEach((entry, index) => {
    const source = entrySource("distribution", index, entry);
    // The last ':' splits region from nodes, so `aws:us-east-1:validators=3` keeps its provider prefix.
    const colon = entry.lastIndexOf(":");
    if (colon < 0) dslError(source, "expected REGION:ROLE=COUNT+ROLE=COUNT, such as eastus:validators=3+rpc=2");
    const key = entry.slice(0, colon).trim();
    if (!key) dslError(source, "the region name before ':' is missing");
    if (/[=+;]/.test(key)) dslError(source, "regions are separated by ',' (REGION:ROLE=COUNT+ROLE=COUNT,REGION:...)");
    const region = readRegion(key, source);
    const spec = entry.slice(colon + 1).trim();
    if (!spec) dslError(source, `no nodes after '${key}:' (expected ROLE=COUNT, such as validators=3)`);
    const existing = regions.find((r) => r.provider === region.provider && r.region === region.region);
    const target = existing ?? { ...region, nodes: [], source };
    if (!existing) regions.push(target);
    for (const item of spec.split("+").map((s) => s.trim())) {
      target.nodes.push(readDistributionNode(item, source, target.nodes));
    }
  });
  return regions;
}

function readDistributionNode(item: string, source: string, siblings: readonly DistributionNode[]): DistributionNode {
  if (!item) dslError(source, "an empty item between '+' signs");
  const eq = item.indexOf("=");
  if (eq < 0) dslError(source, `'${item}' has no count (expected ROLE=COUNT, such as validators=3)`);
  const ref = readRoleRef(item.slice(0, eq).trim(), source);
  const countText = item.slice(eq + 1).trim();
  if (!/^\d+$/.test(countText)) dslError(source, `the count of '${item.slice(0, eq).trim()}' must be a whole number of 0 or more, got '${countText}'`);
  const count = Number(countText);
  if (count > 1000) dslError(source, `the count of '${item.slice(0, eq).trim()}' must be at most 1000, got ${count}`);
  if (siblings.some((s) => s.role === ref.role && s.subtype === ref.subtype)) {
    dslError(source, `'${item.slice(0, eq).trim()}' is given twice for this region`);
  }
  return { ...ref, count, source };
}

export function parseDeploymentMapDsl(text: unknown): DeploymentMap {
  const map: DeploymentMap = {};
  segments(text, ",", "deployment map").forEach((entry, index) => {
    const source = entrySource("deployment map", index, entry);
    const eq = entry.indexOf("=");
    if (eq < 0) dslError(source, "expected ROLE=TYPE, such as validators=aks");
    const { role, subtype, observer } = readRoleRef(entry.slice(0, eq).trim(), source);
    if (subtype !== undefined && !observer) dslError(source, "the deployment map sets a type per role, without subtypes");
    const key = observer ? "observer" : role;
    if (map[key] !== undefined) dslError(source, `the type of '${entry.slice(0, eq).trim()}' is given twice`);
    map[key] = readDeploymentType(entry.slice(eq + 1).trim(), source);
  });
  return map;
}

export function parsePlacementDsl(text: unknown, subtypeRoles?: SubtypeRoles): PlacementEntry[] {
  const entries: PlacementEntry[] = [];
  segments(text, ";", "placement").forEach((entry, index) => {
    const source = entrySource("placement", index, entry);
    const [roleText = "", typeText, ...rest] = entry.split(":").map((s) => s.trim());
    // The region list is everything after the second ':', so `aws:us-east-1` survives as one name.
    const regionText = rest.join(":");
    if (typeText === undefined || !regionText) dslError(source, "expected ROLE:TYPE:REGION+REGION, such as validators:aks:eastus+westus2");
    const ref = readRoleRef(roleText, source, subtypeRoles);
    if (entries.some((e) => e.role === ref.role && e.subtype === ref.subtype)) dslError(source, `'${roleText}' is placed twice`);
    const deploymentType = readDeploymentType(typeText, source);
    if (regionText.includes(",")) dslError(source, "placements are separated by ';' and regions by '+' (ROLE:TYPE:REGION+REGION;ROLE:...)");
    const regions = regionText.split("+").map((key) => {
      if (!key.trim()) dslError(source, "an empty region name between '+' signs");
      return readRegion(key.trim(), source);
    });
    entries.push({ ...ref, deploymentType, regions, source });
  });
  return entries;
}
