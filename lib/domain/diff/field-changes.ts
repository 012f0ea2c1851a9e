import { canonicalJson } from "../canonical";

/** One value that differs between two versions of an element or setting: "storage.sizeGB" 256 → 512. */
export interface FieldChange {
  /** Dotted path inside the element or setting; "" when the value itself is not an object. */
  path: string;
  /** Absent when the field did not exist before (or after). */
  before?: unknown;
  after?: unknown;
}

/**
 * The fields that differ between two values, recursing into plain objects (so a node group's
 * `storage.sizeGB` is its own change) and treating arrays as single values (a capability list changes
 * as a whole). Sorted by path; equal values give no changes.
 */
export function fieldChanges(before: unknown, after: unknown, prefix = ""): FieldChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => fieldChanges(before[key], after[key], prefix ? `${prefix}.${key}` : key));
  }
  if (same(before, after)) return [];
  return [{ path: prefix, ...(before !== undefined && { before }), ...(after !== undefined && { after }) }];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return canonicalJson(a) === canonicalJson(b);
}
