// Reads one of QDQ's per-role settings ({count, deploymentType, vmSize, scale, storage, type, capabilities})
// into the fields of a planned node group.

import {
  DEFAULT_RPC_CAPABILITIES, MEMBER_TYPES, RPC_CAPABILITIES, RPC_TYPES, STORAGE_TYPES,
  type NodeRole, type RpcCapability, type RpcType,
} from "../schema";
import type { PlannedGroup } from "./plan";
import { readDeploymentType } from "./providers";
import {
  childPath, describeValue, fail, isPlainObject, readEnum, readNumber, readObject, readOptionalEnum,
  readOptionalNumber, readOptionalString, warnUnknownKeys, type Json,
} from "./read-fields";

export type GroupSettings = Omit<PlannedGroup, "regionIndex" | "role" | "name" | "count" | "source">;

/**
 * Reads everything but the count, which QDQ names differently per format. A subtype key that is itself
 * an RPC or member type (`trace`, `private`) implies that type when none is stated.
 */
export function readGroupSettings(
  obj: Json,
  path: string,
  role: NodeRole,
  warnings: string[],
  subtype?: string,
): GroupSettings {
  const settings: GroupSettings = {};
  if (obj.deploymentType !== undefined && obj.deploymentType !== null) {
    settings.deploymentType = readDeploymentType(obj.deploymentType, childPath(path, "deploymentType"));
  }
  const vmSize = readOptionalString(obj.vmSize ?? obj.nodeSize, childPath(path, obj.vmSize !== undefined ? "vmSize" : "nodeSize"));
  if (vmSize !== undefined) settings.vmSize = vmSize;
  if (obj.vmSize !== undefined && obj.nodeSize !== undefined && obj.vmSize !== obj.nodeSize) {
    warnings.push(`${childPath(path, "nodeSize")}: differs from vmSize; used vmSize ${describeValue(obj.vmSize)}`);
  }
  if (obj.scale !== undefined && obj.scale !== null) settings.scale = readScale(obj.scale, childPath(path, "scale"), warnings);
  if (obj.storage !== undefined && obj.storage !== null) settings.storage = readStorage(obj.storage, childPath(path, "storage"), warnings);

  if (role === "rpc") {
    if (obj.type !== undefined && obj.rpcType !== undefined && obj.type !== obj.rpcType) {
      warnings.push(`${childPath(path, "rpcType")}: differs from type; used type ${describeValue(obj.type)}`);
    }
    const rpcType =
      readOptionalEnum(obj.type ?? obj.rpcType, RPC_TYPES, childPath(path, obj.type !== undefined ? "type" : "rpcType")) ??
      RPC_TYPES.find((t) => t === subtype?.toLowerCase());
    if (rpcType !== undefined) settings.rpcType = rpcType;
    if (obj.capabilities !== undefined && obj.capabilities !== null) {
      settings.capabilities = readCapabilities(obj.capabilities, rpcType ?? "standard", childPath(path, "capabilities"));
    }
  } else if (role === "member") {
    const memberType =
      readOptionalEnum(obj.type, MEMBER_TYPES, childPath(path, "type")) ?? MEMBER_TYPES.find((t) => t === subtype?.toLowerCase());
    if (memberType !== undefined) settings.memberType = memberType;
    if (obj.privacyCapabilities !== undefined) {
      warnings.push(`${childPath(path, "privacyCapabilities")} is not modelled: private members run Tessera`);
    }
  } else if (obj.type !== undefined && obj.type !== null) {
    checkRoleVariant(role, obj.type, childPath(path, "type"), warnings);
  }
  warnMisplaced(obj, role, path, warnings);
  return settings;
}

/** Settings that belong to another role (an RPC type on a validator) are named, not dropped. */
function warnMisplaced(obj: Json, role: NodeRole, path: string, warnings: string[]): void {
  const owner: Readonly<Record<string, NodeRole>> = { capabilities: "rpc", rpcType: "rpc", privacyCapabilities: "member" };
  for (const [key, belongsTo] of Object.entries(owner)) {
    if (obj[key] === undefined || obj[key] === null || belongsTo === role) continue;
    warnings.push(`${childPath(path, key)} applies only to ${belongsTo === "rpc" ? "RPC nodes" : "member nodes"} and was ignored`);
  }
}

/**
 * QDQ's documentation names variants of validators (primary, backup, observer) and archive nodes (full,
 * pruned, snapshot). Those Meridian holds are read; the rest are refused rather than imported as something
 * else, since a standby validator counted as active would change the quorum.
 */
const ROLE_VARIANTS: Readonly<Partial<Record<NodeRole, readonly string[]>>> = {
  validator: ["validator", "primary"],
  archive: ["archive", "full"],
};

function checkRoleVariant(role: NodeRole, value: unknown, path: string, warnings: string[]): void {
  const text = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (ROLE_VARIANTS[role]?.includes(text)) return;
  if (role === "archive" && (text === "pruned" || text === "snapshot")) {
    warnings.push(`${path}: a ${text} node keeps only recent state; imported as an archive node, which Meridian sizes for full history`);
    return;
  }
  const allowed = ROLE_VARIANTS[role];
  fail(path, allowed
    ? `${describeValue(value)} is not a variant Meridian models (${allowed.join(", ")}${role === "validator" ? ", or observer, read as an RPC node" : ""})`
    : `this role takes no type, got ${describeValue(value)}`);
}

/** QDQ's examples write `targetCPU`; its types `targetCpu`. Scaling delays have no place in the document. */
function readScale(value: unknown, path: string, warnings: string[]): NonNullable<GroupSettings["scale"]> {
  const obj = readObject(value, path);
  warnUnknownKeys(obj, ["min", "max", "targetCpu", "targetCPU"], path, warnings);
  const min = readNumber(obj.min, childPath(path, "min"));
  const max = readNumber(obj.max, childPath(path, "max"));
  const cpuKey = obj.targetCpu !== undefined ? "targetCpu" : "targetCPU";
  const targetCpu = readOptionalNumber(obj[cpuKey], childPath(path, cpuKey));
  return { min, max, ...(targetCpu !== undefined ? { targetCpu } : {}) };
}

function readStorage(value: unknown, path: string, warnings: string[]): NonNullable<GroupSettings["storage"]> {
  const obj = readObject(value, path);
  warnUnknownKeys(obj, ["type", "sizeGB"], path, warnings);
  const type = readOptionalEnum(obj.type, STORAGE_TYPES, childPath(path, "type"));
  const sizeGB = readOptionalNumber(obj.sizeGB, childPath(path, "sizeGB"));
  return { ...(type !== undefined ? { type } : {}), ...(sizeGB !== undefined ? { sizeGB } : {}) };
}

/**
 * QDQ's flags (`{trace: true}`) override the RPC type's defaults; a list names the enabled capabilities
 * outright. Either way the result is the full list the document stores.
 */
export function readCapabilities(value: unknown, rpcType: RpcType, path: string): RpcCapability[] {
  const defaults = DEFAULT_RPC_CAPABILITIES[rpcType];
  if (Array.isArray(value)) {
    const listed = new Set(value.map((v, i) => readEnum(v, RPC_CAPABILITIES, childPath(path, i))));
    return RPC_CAPABILITIES.filter((c) => listed.has(c));
  }
  if (!isPlainObject(value)) fail(path, `must be capability flags ({"trace": true}) or a list of names, got ${describeValue(value)}`);
  const enabled = new Set<RpcCapability>(defaults);
  for (const [flag, on] of Object.entries(value)) {
    const capability = readEnum(flag, RPC_CAPABILITIES, childPath(path, flag));
    if (typeof on !== "boolean") fail(childPath(path, flag), `must be true or false, got ${describeValue(on)}`);
    if (on) enabled.add(capability);
    else enabled.delete(capability);
  }
  return RPC_CAPABILITIES.filter((c) => enabled.has(c));
}
