// The small languages of QDQ's CLI flags (its index.ts and topologyResolver.ts), each also accepted already
// parsed, as QDQ's NetworkContext holds them:
//   --azureSizeMap     validators=Standard_D4s_v5,rpc=Standard_D2s_v5      {validators: "Standard_D4s_v5"}
//   --azureScaleMap    rpc=2:6,validators=4:4                              {rpc: {min: 2, max: 6}}
//   --azureTags        env=dev,owner=platform                              {env: "dev"}
//   --rpcNodeTypes     api:standard:2;admin:admin:1;ws:websocket:1         {api: {type: "standard", count: 2}}
//   --memberNodeTypes  permissioned:2;private:3;public:1                   {private: 3}
// QDQ skips entries it cannot read; Meridian refuses them, naming the flag and the entry.

import { MEMBER_TYPES, RPC_TYPES, type MemberType, type RpcType } from "../schema";
import { QdqImportError } from "./errors";
import { childPath, describeValue, isPlainObject, readCount, readEnum, readNumber, readString } from "./read-fields";

export interface FlagEntry<T> {
  key: string;
  value: T;
  /** `azureSizeMap entry 2 "rpc=Standard_D2s_v5"`, or `azureSizeMap.rpc` for an object. */
  source: string;
}

export interface NamedCount<T extends string> {
  name: string;
  type: T;
  count: number;
  source: string;
}

function entryError(source: string, message: string): never {
  throw new QdqImportError(message, { path: source });
}

/** Splits a flag's text into trimmed, non-empty entries, each with the place it sits for messages. */
function entries(text: string, separator: string, flag: string): { text: string; source: string }[] {
  const parts = text.split(separator).map((s) => s.trim());
  const found = parts.flatMap((part, i) => (part ? [{ text: part, source: `${flag} entry ${i + 1} ${JSON.stringify(part)}` }] : []));
  if (found.length === 0) entryError(flag, "is empty");
  return found;
}

/** The object forms take only the fields their text forms can say; anything else is refused, not dropped. */
function onlyKeys(obj: Record<string, unknown>, allowed: readonly string[], source: string): void {
  const extra = Object.keys(obj).find((k) => !allowed.includes(k));
  if (extra !== undefined) entryError(childPath(source, extra), `is not one of ${allowed.join(", ")}`);
}

function checkUnique<T>(list: readonly FlagEntry<T>[]): void {
  const seen = new Set<string>();
  for (const e of list) {
    if (seen.has(e.key)) entryError(e.source, `'${e.key}' is given twice`);
    seen.add(e.key);
  }
}

/** `key=value,key=value` or an object of strings: the size map and the tags. */
export function parseKeyValueFlag(value: unknown, flag: string): FlagEntry<string>[] {
  const list = isPlainObject(value)
    ? Object.entries(value).map(([key, v]) => ({ key, value: readString(typeof v === "number" ? String(v) : v, childPath(flag, key)), source: childPath(flag, key) }))
    : entries(readString(value, flag), ",", flag).map(({ text, source }) => {
        const eq = text.indexOf("=");
        const key = eq < 0 ? "" : text.slice(0, eq).trim();
        const v = eq < 0 ? "" : text.slice(eq + 1).trim();
        if (!key || !v) entryError(source, "expected KEY=VALUE, such as validators=Standard_D4s_v5");
        return { key, value: v, source };
      });
  checkUnique(list);
  return list;
}

/** `role=min:max,...` or `{role: {min, max}}`: QDQ's scaling ranges. */
export function parseScaleFlag(value: unknown, flag: string): FlagEntry<{ min: number; max: number }>[] {
  const list = isPlainObject(value)
    ? Object.entries(value).map(([key, v]) => {
        const source = childPath(flag, key);
        if (!isPlainObject(v)) entryError(source, `must be {min, max}, got ${describeValue(v)}`);
        onlyKeys(v, ["min", "max"], source);
        return { key, value: range(readNumber(v.min, childPath(source, "min")), readNumber(v.max, childPath(source, "max")), source), source };
      })
    : entries(readString(value, flag), ",", flag).map(({ text, source }) => {
        const m = /^([^=]+)=\s*(\d+)\s*:\s*(\d+)$/.exec(text);
        if (!m) entryError(source, "expected ROLE=MIN:MAX, such as rpc=2:6");
        return { key: m[1]!.trim(), value: range(Number(m[2]), Number(m[3]), source), source };
      });
  checkUnique(list);
  return list;
}

function range(min: number, max: number, source: string): { min: number; max: number } {
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0) entryError(source, "min and max must be whole numbers of 0 or more");
  if (min > max) entryError(source, `min ${min} is more than max ${max}`);
  return { min, max };
}

/** `name:type:count;...` or `{name: {type, count}}`: QDQ's named RPC subtypes. */
export function parseRpcNodeTypes(value: unknown, flag: string): NamedCount<RpcType>[] {
  const list = isPlainObject(value)
    ? Object.entries(value).map(([name, v]) => {
        const source = childPath(flag, name);
        if (!isPlainObject(v)) entryError(source, `must be {type, count}, got ${describeValue(v)}`);
        onlyKeys(v, ["type", "count"], source);
        return {
          name,
          type: v.type === undefined ? "standard" : readEnum(v.type, RPC_TYPES, childPath(source, "type")),
          count: readCount(v.count, childPath(source, "count")),
          source,
        };
      })
    : entries(readString(value, flag), ";", flag).map(({ text, source }) => {
        const [name = "", type = "", count = "", ...extra] = text.split(":").map((s) => s.trim());
        if (!name || !type || !count || extra.length > 0) entryError(source, "expected NAME:TYPE:COUNT, such as api:standard:2");
        return { name, type: readEnum(type, RPC_TYPES, source), count: readCount(count, source), source };
      });
  checkUnique(list.map((e) => ({ key: e.name, value: e, source: e.source })));
  return list;
}

/** `type:count;...` or `{type: count}`: how many members of each kind. */
export function parseMemberNodeTypes(value: unknown, flag: string): NamedCount<MemberType>[] {
  const list = isPlainObject(value)
    ? Object.entries(value).map(([name, v]) => {
        const source = childPath(flag, name);
        return { name, type: readEnum(name, MEMBER_TYPES, source), count: readCount(v, source), source };
      })
    : entries(readString(value, flag), ";", flag).map(({ text, source }) => {
        const [type = "", count = "", ...extra] = text.split(":").map((s) => s.trim());
        if (!type || !count || extra.length > 0) entryError(source, "expected TYPE:COUNT, such as private:3");
        return { name: type.toLowerCase(), type: readEnum(type, MEMBER_TYPES, source), count: readCount(count, source), source };
      });
  checkUnique(list.map((e) => ({ key: e.name, value: e, source: e.source })));
  return list;
}

/** `eastus,westus2` or a list: QDQ's region and exclusion lists. */
export function parseListFlag(value: unknown, flag: string): string[] {
  if (Array.isArray(value)) return value.map((v, i) => readString(v, childPath(flag, i)));
  return entries(readString(value, flag), ",", flag).map((e) => e.text);
}
