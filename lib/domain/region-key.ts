// The clouds Meridian designs for, and the one string form of "a region of a cloud" ("aws:us-east-1").
// Every map keyed by region, the policy lists, membership scopes and the catalog use RegionKey, built
// and read only here, so the format (and the security check on scopes that reads it) has one source.

import { z } from "zod";

export const PROVIDERS = ["azure", "aws", "gcp"] as const;
export type Provider = (typeof PROVIDERS)[number];

export const PROVIDER_LABELS: Record<Provider, string> = { azure: "Azure", aws: "AWS", gcp: "Google Cloud" };

export function isProvider(value: string): value is Provider {
  return (PROVIDERS as readonly string[]).includes(value);
}

declare const regionKeyBrand: unique symbol;
/** "azure:eastus", "aws:us-east-1": made by regionKey/regionKeyOf, or checked by asRegionKey. */
export type RegionKey = string & { readonly [regionKeyBrand]: true };

export interface RegionRef {
  readonly provider: Provider;
  readonly id: string;
}

export class RegionKeyError extends Error {
  override name = "RegionKeyError";
}

export function regionKey(provider: Provider, id: string): RegionKey {
  return `${provider}:${id}` as RegionKey;
}

/** The key of a document's region (its provider and the provider's own region id). */
export function regionKeyOf(region: { readonly provider: Provider; readonly region: string }): RegionKey {
  return regionKey(region.provider, region.region);
}

/** Reads "provider:id" exactly (lower-case provider, non-empty id); throws RegionKeyError otherwise. */
export function parseRegionKey(key: string): RegionRef {
  const colon = key.indexOf(":");
  const provider = colon < 0 ? "" : key.slice(0, colon);
  const id = key.slice(colon + 1);
  if (!isProvider(provider) || id.length === 0 || id.trim() !== id) {
    throw new RegionKeyError(`"${key}" is not a region key (expected ${PROVIDERS.join(", ")} then ":" and the region id, such as aws:us-east-1)`);
  }
  return { provider, id };
}

/** The provider of a key made by this module (no parsing needed: the provider never holds a colon). */
export function providerOf(key: RegionKey): Provider {
  return key.slice(0, key.indexOf(":")) as Provider;
}

/** Provider region ids: letters, digits and '-' (eastus, us-east-1, europe-west1). */
export const REGION_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/i;

/** A region key in a request body or a stored scope: trimmed, lower-cased, a known provider and a provider-style id. */
export const RegionKeyInput = z
  .string()
  .trim()
  .toLowerCase()
  .refine((key) => isRegionKey(key) && REGION_ID_PATTERN.test(parseRegionKey(key).id), "region keys look like azure:westeurope or aws:us-east-1")
  .transform((key) => key as RegionKey);

/** A checked RegionKey from untrusted text (stored scopes, request bodies). */
export function asRegionKey(key: string): RegionKey {
  const { provider, id } = parseRegionKey(key);
  return regionKey(provider, id);
}

export function isRegionKey(key: string): key is RegionKey {
  try {
    parseRegionKey(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * A region as a person types it: "aws:us-east-1", "GCP: europe-west1", or a bare name ("eastus") meaning
 * Azure, as Quorum Dev Quickstart writes them. Doesn't check the catalog.
 */
export function readRegionRef(text: string): RegionRef {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(":");
  if (colon < 0) return parseRegionKey(`azure:${trimmed}`);
  const provider = trimmed.slice(0, colon).trim().toLowerCase();
  if (!isProvider(provider)) {
    throw new RegionKeyError(`Unknown cloud provider "${provider}" in region key "${text}" (expected ${PROVIDERS.join(", ")})`);
  }
  return parseRegionKey(`${provider}:${trimmed.slice(colon + 1).trim()}`);
}
