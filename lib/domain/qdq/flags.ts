// QDQ's command-line flags that shape a topology (its index.ts yargs options and NetworkContext), read from an
// object whose keys are the flags' names (`azureRegionalDistribution`) or Meridian's short ones (`distribution`).
// Each value is checked here, so a bad one is refused naming the flag as the user wrote it.

import {
  CLASSIFICATIONS, CLIENTS, RPC_TYPES, type Classification, type Client, type DeploymentType, type MemberType,
  type RpcType,
} from "../schema";
import {
  parseKeyValueFlag, parseListFlag, parseMemberNodeTypes, parseRpcNodeTypes, parseScaleFlag, type FlagEntry, type NamedCount,
} from "./flag-dsls";
import { readDeploymentType } from "./providers";
import { describeValue, fail, readCount, readEnum, readNumber, type Json } from "./read-fields";

/** Each flag Meridian reads, under every name it is accepted by. */
export const FLAG_NAMES = {
  distribution: ["distribution", "azureRegionalDistribution"],
  deploymentMap: ["deploymentMap", "azureDeploymentMap"],
  placement: ["placement", "azureNodePlacement"],
  networkMode: ["networkMode", "azureNetworkMode"],
  hubRegion: ["hubRegion", "azureHubRegion"],
  rpcNodeTypes: ["rpcNodeTypes"],
  memberNodeTypes: ["memberNodeTypes"],
  sizeMap: ["sizeMap", "azureSizeMap"],
  scaleMap: ["scaleMap", "azureScaleMap"],
  tags: ["tags", "azureTags"],
  deploymentDefault: ["deploymentDefault", "azureDeploymentDefault"],
  regions: ["azureRegions", "azureRegion"],
  allRegions: ["azureAllRegions"],
  regionClass: ["azureRegionClass"],
  regionExclude: ["azureRegionExclude"],
  validators: ["validators"],
  bootNodes: ["bootNodes"],
  rpcNodes: ["rpcNodes"],
  archiveNodes: ["archiveNodes"],
  memberAdmins: ["memberAdmins"],
  memberPermissioned: ["memberPermissioned"],
  memberPrivate: ["memberPrivate"],
  memberPublic: ["memberPublic"],
  rpcDefaultType: ["rpcDefaultType"],
  client: ["clientType", "client"],
  consensus: ["consensus"],
  chainId: ["chainId"],
  name: ["name"],
} as const satisfies Record<string, readonly string[]>;

export type FlagName = keyof typeof FLAG_NAMES;

/** QDQ flags about things other than the topology (explorers, output paths, dry runs): named in a warning. */
const OTHER_QDQ_FLAGS = new Set([
  "privacy", "monitoring", "blockscout", "chainlens", "explorer", "outputPath", "genesisPreset", "participants",
  "azureEnable", "azureDeploy", "azureOutputDir", "azureDryInfra", "cloudflareZone", "cloudflareApiTokenEnv",
  "nodeLayoutFile", "validate", "noFileWrite", "azureTopologyFile", "azureRegionalConfig", "costAnalysis",
  "costPeriods", "costComparison", "azurePricingRegion", "costOutputFormat", "costOutputPath", "costLivePricing",
  "costComparisonStrategies", "swapscout", "includeDapp", "walletconnectProjectId", "stackTraceOnError",
]);

/** The role counts QDQ's CLI takes, by flag. */
export const COUNT_FLAGS = [
  "validators", "bootNodes", "rpcNodes", "archiveNodes", "memberAdmins", "memberPermissioned", "memberPrivate", "memberPublic",
] as const;
export type CountFlag = (typeof COUNT_FLAGS)[number];

export interface QdqFlags {
  distribution?: string;
  deploymentMap?: string;
  placement?: string;
  networkMode?: string;
  hubRegion?: string;
  rpcNodeTypes?: NamedCount<RpcType>[];
  memberNodeTypes?: NamedCount<MemberType>[];
  sizeMap?: FlagEntry<string>[];
  scaleMap?: FlagEntry<{ min: number; max: number }>[];
  tags?: Record<string, string>;
  deploymentDefault?: DeploymentType;
  regions?: string[];
  allRegions?: boolean;
  regionClass?: Classification;
  regionExclude?: string[];
  counts: Partial<Record<CountFlag, number>>;
  rpcDefaultType?: RpcType;
  client?: Client;
  consensus?: string;
  chainId?: number;
  name?: string;
  /** The flag as written in the input, for messages: `azureSizeMap`, or `--azureSizeMap` on a command line. */
  at(flag: FlagName): string;
}

/** The flag name a key spells, if any. */
export function flagNameOf(key: string): FlagName | undefined {
  return (Object.keys(FLAG_NAMES) as FlagName[]).find((f) => (FLAG_NAMES[f] as readonly string[]).includes(key));
}

/** Whether an object's keys look like QDQ flags (any key but the name that a flag can be named by). */
export function hasFlagKeys(obj: Json): boolean {
  return Object.keys(obj).some((k) => k !== "name" && k !== "tags" && flagNameOf(k) !== undefined);
}

/**
 * Reads a flags object. `prefix` is how flags are written where they came from ("--" on a command line), so
 * messages quote them the same way.
 */
export function readQdqFlags(obj: Json, warnings: string[], prefix = ""): QdqFlags {
  const keyOf = new Map<FlagName, string>();
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    if (value === undefined || value === null) continue;
    const flag = flagNameOf(key);
    if (flag === undefined) {
      warnings.push(OTHER_QDQ_FLAGS.has(key)
        ? `${prefix}${key}: not about the topology; ignored`
        : `${prefix}${key} is not a QDQ flag Meridian reads; ignored`);
      continue;
    }
    const earlier = keyOf.get(flag);
    if (earlier !== undefined) fail(`${prefix}${key}`, `says the same as ${prefix}${earlier}; give one of them`);
    keyOf.set(flag, key);
  }
  const at = (flag: FlagName) => `${prefix}${keyOf.get(flag) ?? FLAG_NAMES[flag][FLAG_NAMES[flag].length - 1]}`;
  const raw = (flag: FlagName) => (keyOf.has(flag) ? obj[keyOf.get(flag)!] : undefined);
  const text = (flag: FlagName) => {
    if (!keyOf.has(flag)) return undefined;
    const value = readText(raw(flag), at(flag));
    if (value.trim() === "") warnings.push(`${at(flag)}: is empty; ignored`);
    return value;
  };

  const flags: QdqFlags = { counts: {}, at };
  const set = <K extends keyof QdqFlags>(k: K, v: QdqFlags[K] | undefined) => {
    if (v !== undefined) flags[k] = v;
  };
  set("distribution", text("distribution"));
  set("deploymentMap", text("deploymentMap"));
  set("placement", text("placement"));
  set("networkMode", text("networkMode"));
  set("hubRegion", text("hubRegion"));
  set("name", text("name"));
  set("consensus", text("consensus"));
  if (keyOf.has("rpcNodeTypes")) flags.rpcNodeTypes = parseRpcNodeTypes(raw("rpcNodeTypes"), at("rpcNodeTypes"));
  if (keyOf.has("memberNodeTypes")) flags.memberNodeTypes = parseMemberNodeTypes(raw("memberNodeTypes"), at("memberNodeTypes"));
  if (keyOf.has("sizeMap")) flags.sizeMap = parseKeyValueFlag(raw("sizeMap"), at("sizeMap"));
  if (keyOf.has("scaleMap")) flags.scaleMap = parseScaleFlag(raw("scaleMap"), at("scaleMap"));
  if (keyOf.has("tags")) flags.tags = Object.fromEntries(parseKeyValueFlag(raw("tags"), at("tags")).map((e) => [e.key, e.value]));
  if (keyOf.has("deploymentDefault")) flags.deploymentDefault = readDeploymentType(raw("deploymentDefault"), at("deploymentDefault"));
  if (keyOf.has("regions")) flags.regions = parseListFlag(raw("regions"), at("regions"));
  if (keyOf.has("allRegions")) flags.allRegions = readFlagBoolean(raw("allRegions"), at("allRegions"));
  if (keyOf.has("regionClass")) flags.regionClass = readEnum(raw("regionClass"), CLASSIFICATIONS, at("regionClass"));
  if (keyOf.has("regionExclude")) flags.regionExclude = parseListFlag(raw("regionExclude"), at("regionExclude"));
  for (const c of COUNT_FLAGS) if (keyOf.has(c)) flags.counts[c] = readCount(raw(c), at(c));
  if (keyOf.has("rpcDefaultType")) flags.rpcDefaultType = readEnum(raw("rpcDefaultType"), RPC_TYPES, at("rpcDefaultType"));
  if (keyOf.has("client")) flags.client = readEnum(raw("client"), CLIENTS, at("client"));
  if (keyOf.has("chainId")) flags.chainId = readNumber(raw("chainId"), at("chainId"));
  return flags;
}

function readText(value: unknown, path: string): string {
  if (typeof value !== "string") fail(path, `must be a string, got ${describeValue(value)}`);
  return value;
}

/** yargs booleans: true/false, or their text on a command line. */
function readFlagBoolean(value: unknown, path: string): boolean {
  if (typeof value === "boolean") return value;
  const text = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (text === "true" || text === "") return true;
  if (text === "false") return false;
  return fail(path, `must be true or false, got ${describeValue(value)}`);
}

