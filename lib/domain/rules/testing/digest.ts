// A compact, order-preserving fingerprint of a validation result: sha256 of its JSON with object keys sorted
// (array order kept, since the order of findings is part of the result).

import { createHash } from "node:crypto";
import type { ValidationResult } from "../types";

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

export function resultDigest(result: ValidationResult): string {
  return createHash("sha256").update(canonicalJson(result)).digest("hex").slice(0, 32);
}
