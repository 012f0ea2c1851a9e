// QDQ's flags without a distribution, placed as its resolveAzureTopology does: the regions come from
// --azureRegions (or --azureAllRegions of --azureRegionClass), less --azureRegionExclude, else from the
// placement DSL; each role's count (--validators, --rpcNodes, --rpcNodeTypes...) goes to the regions its
// placement lists, or to the first region, spread evenly with the remainder first.

import type { MemberType, NodeRole, RpcType } from "../schema";
import type { DslRegion, PlacementEntry } from "./dsl";
import type { CountFlag, QdqFlags } from "./flags";
import type { PlannedGroup, PlannedRegion } from "./plan";
import { parseQdqRegionKey } from "./providers";
import { allMinusExcludes, regionsExcludedBy } from "./region-selection";
import { childPath, fail } from "./read-fields";
import { OBSERVER_GROUP_NAME, QDQ_DEFAULT_COUNTS, memberTypeFromPlacementKey, observerNote } from "./roles";

/** One kind of node to place: a role, or a named kind of one (api, memberPrivate, observer). */
interface Demand {
  role: NodeRole;
  name?: string;
  rpcType?: RpcType;
  memberType?: MemberType;
  observer?: boolean;
  total: number;
  source: string;
}

const ROLE_OF_COUNT: Readonly<Record<CountFlag, NodeRole>> = {
  validators: "validator", bootNodes: "bootnode", rpcNodes: "rpc", archiveNodes: "archive",
  memberAdmins: "member", memberPermissioned: "member", memberPrivate: "member", memberPublic: "member",
};

/** What QDQ's CLI deploys when no count is given at all (its yargs defaults). */
const CLI_DEFAULTS: readonly [CountFlag, number][] = [["validators", 4], ["bootNodes", 1], ["rpcNodes", 1]];

export function placeByCounts(
  flags: QdqFlags,
  placement: readonly PlacementEntry[],
  warnings: string[],
): { regions: PlannedRegion[]; groups: PlannedGroup[] } {
  const regions: PlannedRegion[] = [];
  const indexOf = (r: DslRegion, source: string): number => {
    const found = regions.findIndex((x) => x.provider === r.provider && x.region === r.region);
    if (found >= 0) return found;
    regions.push({ key: r.key, provider: r.provider, region: r.region, primary: false, peeringTargets: [], source });
    return regions.length - 1;
  };
  const chosen = chooseRegions(flags, warnings);
  chosen.keys.forEach((key, i) => indexOf({ key, ...parseQdqRegionKey(key, chosen.sources[i]!) }, chosen.sources[i]!));
  const excluded = new Set((flags.regionExclude ?? []).flatMap((e, i) => regionsExcludedBy(e, childPath(flags.at("regionExclude"), i))));
  for (const p of placement) {
    for (const r of p.regions) {
      if (r.provider === "azure" && excluded.has(r.region)) {
        fail(p.source, `places nodes in ${r.key}, which ${flags.at("regionExclude")} excludes`);
      }
      indexOf(r, p.source);
    }
  }
  if (regions.length === 0) {
    warnings.push("no region given (no azureRegions, distribution or placement); used eastus, QDQ's default");
    indexOf({ key: "eastus", provider: "azure", region: "eastus" }, "azureRegions");
  }
  regions[0]!.primary = true;

  const groups: PlannedGroup[] = [];
  for (const d of demands(flags, placement, warnings)) {
    const own = placement.find((p) => p.role === d.role && p.subtype !== undefined && p.subtype === d.name);
    const where = own ?? placement.find((p) => p.role === d.role && p.subtype === undefined && !d.observer);
    const targets = where ? where.regions.map((r) => indexOf(r, where.source)) : [0];
    if (targets.length > 1 && d.total % targets.length !== 0) {
      warnings.push(`${d.source}: ${d.total} nodes over ${targets.length} regions do not divide evenly; the first regions got one more`);
    }
    targets.forEach((regionIndex, i) => {
      const count = Math.floor(d.total / targets.length) + (i < d.total % targets.length ? 1 : 0);
      if (count === 0) return;
      groups.push({
        regionIndex,
        role: d.role,
        ...(d.name !== undefined ? { name: d.name } : {}),
        ...(d.rpcType !== undefined ? { rpcType: d.rpcType } : {}),
        ...(d.memberType !== undefined ? { memberType: d.memberType } : {}),
        ...(d.observer ? { observer: true } : {}),
        ...(where ? { deploymentType: where.deploymentType } : {}),
        count,
        source: d.source,
      });
    });
  }
  return { regions, groups };
}

/** --azureRegions (less exclusions) or --azureAllRegions, as QDQ's resolveRegions chooses them. */
function chooseRegions(flags: QdqFlags, warnings: string[]): { keys: string[]; sources: string[] } {
  if (flags.regions !== undefined) {
    const excluded = new Set((flags.regionExclude ?? []).flatMap((e, i) => regionsExcludedBy(e, childPath(flags.at("regionExclude"), i))));
    const keys = flags.regions.filter((k) => !excluded.has(k.trim().toLowerCase()));
    if (flags.allRegions) warnings.push(`${flags.at("allRegions")}: ${flags.at("regions")} names the regions; ignored, as QDQ does`);
    if (keys.length === 0) fail(flags.at("regionExclude"), `excludes every region of ${flags.at("regions")}`);
    return { keys, sources: keys.map(() => flags.at("regions")) };
  }
  if (flags.allRegions) {
    const classification = flags.regionClass ?? "commercial";
    const keys = allMinusExcludes(classification, flags.regionExclude ?? [], flags.at("regionExclude"), warnings);
    return { keys, sources: keys.map(() => flags.at("allRegions")) };
  }
  if (flags.regionExclude !== undefined) warnings.push(`${flags.at("regionExclude")}: no region list to exclude from; it only keeps placements out of those regions`);
  return { keys: [], sources: [] };
}

/** Every kind of node the flags ask for, with its total: counts, named kinds and placed roles without a count. */
function demands(flags: QdqFlags, placement: readonly PlacementEntry[], warnings: string[]): Demand[] {
  const out: Demand[] = [];
  const counts = { ...flags.counts };
  const anyCount = Object.keys(counts).length > 0 || flags.rpcNodeTypes !== undefined || flags.memberNodeTypes !== undefined;
  if (!anyCount && placement.length === 0) {
    warnings.push("no counts given; used QDQ's defaults of 4 validators, 1 bootnode and 1 RPC node");
    for (const [flag, n] of CLI_DEFAULTS) counts[flag] = n;
  }
  if (flags.rpcNodeTypes && counts.rpcNodes !== undefined) {
    warnings.push(`${flags.at("rpcNodes")}: ${flags.at("rpcNodeTypes")} gives the RPC nodes; ignored, as QDQ does`);
    delete counts.rpcNodes;
  }
  for (const [flag, total] of Object.entries(counts) as [CountFlag, number][]) {
    const role = ROLE_OF_COUNT[flag];
    const memberType = memberTypeFromPlacementKey(flag);
    out.push({ role, ...(memberType ? { name: flag, memberType } : {}), total, source: flags.at(flag) });
  }
  for (const k of flags.rpcNodeTypes ?? []) out.push({ role: "rpc", name: k.name, rpcType: k.type, total: k.count, source: k.source });
  for (const k of flags.memberNodeTypes ?? []) out.push({ role: "member", name: k.name, memberType: k.type, total: k.count, source: k.source });
  // A placed role with no count of its own takes QDQ's default count, as the placement DSL alone does.
  for (const p of placement) {
    const counted = out.some((d) => d.role === p.role && (p.subtype === undefined ? !d.observer : d.name === p.subtype));
    if (counted) continue;
    if (p.observer) warnings.push(observerNote(p.source));
    const total = p.observer ? 1 : QDQ_DEFAULT_COUNTS[p.role];
    warnings.push(`${p.source}: a placement has no counts; used QDQ's default of ${total} ${roleNoun(p.role, total, p.observer)} spread over its regions`);
    out.push({
      role: p.role,
      ...(p.subtype !== undefined ? { name: p.subtype } : {}),
      ...(p.observer ? { observer: true, name: OBSERVER_GROUP_NAME } : {}),
      total,
      source: p.source,
    });
  }
  return out;
}

function roleNoun(role: NodeRole, n: number, observer?: boolean): string {
  const noun = observer ? "observer" : { validator: "validator", bootnode: "bootnode", rpc: "RPC node", archive: "archive node", member: "member" }[role];
  return n === 1 ? noun : `${noun}s`;
}
