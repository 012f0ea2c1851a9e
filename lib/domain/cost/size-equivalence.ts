// "What is the same machine on another cloud?": the closest size by vCPU and memory, preferring the same class.

import type { Provider } from "../schema/enums";
import type { VmSizeSpec } from "./prices";
import { equivalentOfSpec } from "./size-matching";
import { resolveSize } from "./size-resolution";

/** Equivalence results are pure and few: cache them (the UI asks on every render of a comparison). */
const cache = new Map<string, VmSizeSpec>();
const CACHE_LIMIT = 10_000;

/**
 * The size on `targetProvider` closest to `size` on `provider` by vCPU and memory (same class preferred).
 * An unlisted `size` is first read from its name (or priced as the provider's default), so this never throws.
 * Mapping to the same provider returns the size as resolved there.
 */
export function equivalentSize(provider: Provider, size: string, targetProvider: Provider): VmSizeSpec {
  const key = `${provider}|${targetProvider}|${size}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const source = resolveSize(provider, size).spec;
  const result = provider === targetProvider ? source : equivalentOfSpec(source, targetProvider);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

