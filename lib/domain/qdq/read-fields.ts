// Typed reads of untrusted JSON/YAML values. Every reader names the path it was given when the value is
// wrong, so a malformed file yields a QdqImportError that points at the key, never a TypeError.

import { QdqImportError } from "./errors";

export type Json = Record<string, unknown>;

/** `regions.eastus`, or `regions["aws:us-east-1"]` when the key is not a plain identifier. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  const plain = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key);
  if (!parent) return plain ? key : `[${JSON.stringify(key)}]`;
  return plain ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/** How a value reads in an error message: `an array`, `null`, `the string "abc"`. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${String(value)}`;
  return `a ${typeof value}`;
}

export function fail(path: string, message: string): never {
  throw new QdqImportError(message, { path });
}

export function isPlainObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function readObject(value: unknown, path: string): Json {
  if (!isPlainObject(value)) fail(path, `must be an object, got ${describeValue(value)}`);
  return value;
}

export function readOptionalObject(value: unknown, path: string): Json | undefined {
  return value === undefined ? undefined : readObject(value, path);
}

export function readString(value: unknown, path: string): string {
  if (typeof value !== "string" || value.trim() === "") fail(path, `must be a non-empty string, got ${describeValue(value)}`);
  return value.trim();
}

export function readOptionalString(value: unknown, path: string): string | undefined {
  return value === undefined || value === null ? undefined : readString(value, path);
}

export function readOptionalBoolean(value: unknown, path: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") fail(path, `must be true or false, got ${describeValue(value)}`);
  return value;
}

/** A finite number; numeric strings are accepted because YAML and shell-built files often quote them. */
export function readNumber(value: unknown, path: string): number {
  const n = typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== "number" || !Number.isFinite(n)) fail(path, `must be a number, got ${describeValue(value)}`);
  return n;
}

export function readOptionalNumber(value: unknown, path: string): number | undefined {
  return value === undefined || value === null ? undefined : readNumber(value, path);
}

/** A node count: a whole number, zero or more (zero means "none here"). */
export function readCount(value: unknown, path: string): number {
  if (value === undefined) fail(path, "is required (how many nodes)");
  const n = readNumber(value, path);
  if (!Number.isInteger(n) || n < 0) fail(path, `must be a whole number of 0 or more, got ${String(value)}`);
  if (n > 1000) fail(path, `must be at most 1000, got ${n}`);
  return n;
}

export function readEnum<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  const text = typeof value === "string" ? value.trim().toLowerCase() : undefined;
  const match = allowed.find((a) => a.toLowerCase() === text);
  if (match === undefined) fail(path, `must be one of ${allowed.join(", ")}, got ${describeValue(value)}`);
  return match;
}

export function readOptionalEnum<T extends string>(value: unknown, allowed: readonly T[], path: string): T | undefined {
  return value === undefined || value === null ? undefined : readEnum(value, allowed, path);
}

export function readStringList(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) fail(path, `must be a list of strings, got ${describeValue(value)}`);
  return value.map((item, i) => readString(item, childPath(path, i)));
}

/** Keys this importer does not use become warnings: QDQ files carry settings Meridian has no place for. */
export function warnUnknownKeys(obj: Json, known: readonly string[], path: string, warnings: string[]): void {
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) warnings.push(`${childPath(path, key)} is not used by Meridian and was ignored`);
  }
}
