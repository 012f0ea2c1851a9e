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
  readOptionalNumber, readOptionalString, type Json,
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
  if (obj.scale !== undefined && obj.scale !== null) settings.scale = readScale(obj.scale, childPath(path, "scale"));
  if (obj.storage !== undefined && obj.storage !== null) settings.storage = readStorage(obj.storage, childPath(path, "storage"));

  if (role === "rpc") {
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
  } else if (obj.capabilities !== undefined) {
    warnings.push(`${childPath(path, "capabilities")} applies only to RPC nodes and was ignored`);
  }
  return settings;
}

function readScale(value: unknown, path: string): NonNullable<GroupSettings["scale"]> {
  const obj = readObject(value, path);
  const min = readNumber(obj.min, childPath(path, "min"));
  const max = readNumber(obj.max, childPath(path, "max"));
  const targetCpu = readOptionalNumber(obj.targetCpu, childPath(path, "targetCpu"));
  return { min, max, ...(targetCpu !== undefined ? { targetCpu } : {}) };
}

function readStorage(value: unknown, path: string): NonNullable<GroupSettings["storage"]> {
  const obj = readObject(value, path);
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
