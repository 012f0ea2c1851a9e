// Turns whatever the user typed as vmSize into a priced size, never throwing: listed sizes price exactly;
// anything else becomes a flagged estimate, so a typo or a brand-new SKU never breaks the cost panel.

import { PROVIDERS, PROVIDER_LABELS, type Provider } from "../schema/enums";
import { VM_SIZES, findListedSize, type VmSizeSpec } from "./prices";
import { perProvider } from "./per-provider";
import { parseSizeName, seriesKeyOf } from "./size-name-parsing";
import { closestSize, equivalentOfSpec } from "./size-matching";

/**
 * How the price of a size was found:
 * - listed: the size is in the provider's price table;
 * - other-provider: it is another provider's size, priced as the closest equivalent here;
 * - name-pattern: unlisted, vCPU and memory read from the name, priced from a listed sibling or neighbour;
 * - default: not recognised at all, priced as the provider's 4 vCPU / 16 GiB general-purpose size.
 */
export type SizeResolution = "listed" | "other-provider" | "name-pattern" | "default";

export interface ResolvedSize {
  /** The size as priced: a listed spec, or an estimated one carrying the user's name. */
  readonly spec: VmSizeSpec;
  readonly resolution: SizeResolution;
  /** Why the price is an estimate; absent for listed sizes. */
  readonly note?: string;
}

/** What an unrecognised name is priced as: the size QDQ's starter network uses for validators, and its peers. */
export const DEFAULT_SIZE_BY_PROVIDER: Readonly<Record<Provider, string>> = {
  azure: "Standard_D4s_v5",
  aws: "m6i.xlarge",
  gcp: "n2-standard-4",
};

/** Per provider, series key ("standard_d#s_v5", "m6i.#", "n2-standard-#") to one listed size of that series. */
const SIBLINGS: Readonly<Record<Provider, ReadonlyMap<string, VmSizeSpec>>> = perProvider((p) => {
  const bySeries = new Map<string, VmSizeSpec>();
  for (const s of VM_SIZES[p]) {
    const key = seriesKeyOf(p, s.name);
    if (key && !bySeries.has(key)) bySeries.set(key, s);
  }
  return bySeries;
});

const cache = new Map<string, ResolvedSize>();
const CACHE_LIMIT = 10_000;

export function resolveSize(provider: Provider, name: string): ResolvedSize {
  const key = `${provider}|${name}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const resolved = resolveUncached(provider, name);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, resolved);
  return resolved;
}

function resolveUncached(provider: Provider, name: string): ResolvedSize {
  const listed = findListedSize(provider, name);
  if (listed) return { spec: listed, resolution: "listed" };

  for (const other of PROVIDERS) {
    if (other === provider) continue;
    const foreign = findListedSize(other, name);
    if (foreign) {
      const spec = equivalentOfSpec(foreign, provider);
      return {
        spec,
        resolution: "other-provider",
        note: `${name} is a ${PROVIDER_LABELS[other]} size; priced as the closest ${PROVIDER_LABELS[provider]} size, ${spec.name} (${spec.vcpu} vCPU, ${spec.memoryGiB} GiB)`,
      };
    }
  }

  const estimated = estimateFromName(provider, name);
  if (estimated) return estimated;

  // Another provider's naming scheme (m6i.12xlarge typed into an Azure region): read it there, map it here.
  for (const other of PROVIDERS) {
    if (other === provider) continue;
    const foreign = estimateFromName(other, name);
    if (foreign) {
      const spec = equivalentOfSpec(foreign.spec, provider);
      return {
        spec,
        resolution: "other-provider",
        note: `${name} reads as a ${PROVIDER_LABELS[other]} size (${foreign.spec.vcpu} vCPU, ${foreign.spec.memoryGiB} GiB); priced as the closest ${PROVIDER_LABELS[provider]} size, ${spec.name}`,
      };
    }
  }

  const fallbackName = DEFAULT_SIZE_BY_PROVIDER[provider];
  const fallback = findListedSize(provider, fallbackName);
  if (!fallback) throw new Error(`default size ${fallbackName} missing from the ${provider} price table`);
  return {
    spec: fallback,
    resolution: "default",
    note: `${name} is not a recognised ${PROVIDER_LABELS[provider]} size; priced as ${fallback.name} (${fallback.vcpu} vCPU, ${fallback.memoryGiB} GiB)`,
  };
}

/** An unlisted size whose vCPU and memory can be read from its name, priced from a listed sibling or neighbour. */
function estimateFromName(provider: Provider, name: string): ResolvedSize | undefined {
  const parsed = parseSizeName(provider, name);
  if (!parsed) return undefined;
  const sibling = SIBLINGS[provider].get(parsed.seriesKey);
  // Within a series price is linear in size on all three clouds, so a sibling gives a close estimate.
  const basis = sibling ?? closestSize(parsed, VM_SIZES[provider]);
  if (!basis) return undefined;
  const scale = sibling
    ? parsed.vcpu / sibling.vcpu
    : (parsed.vcpu / basis.vcpu + parsed.memoryGiB / basis.memoryGiB) / 2;
  const spec: VmSizeSpec = {
    provider,
    name,
    vcpu: parsed.vcpu,
    memoryGiB: parsed.memoryGiB,
    sizeClass: parsed.sizeClass,
    hourlyUsd: basis.hourlyUsd * scale,
    equivalenceTarget: false,
  };
  return {
    spec,
    resolution: "name-pattern",
    note: `${name} is not in the ${PROVIDER_LABELS[provider]} price table; read as ${parsed.vcpu} vCPU / ${parsed.memoryGiB} GiB and priced from ${basis.name}`,
  };
}
