// QDQ's region selection: the `all-minus-excludes` strategy takes every Azure region of a classification and
// drops the excluded ones. An exclusion is a region name (eastus), a country code (US, BR) or a country name
// (Brazil), as QDQ's resolveRegionExclusions reads them; Meridian resolves them against its own catalog.

import { listRegions } from "../catalog";
import type { Classification } from "../schema";
import { childPath, fail } from "./read-fields";

/**
 * English names of the countries Azure has regions in, as QDQ's region list spells them (and a few common
 * alternatives), to ISO 3166-1 alpha-2.
 */
const COUNTRY_CODES_BY_NAME: Readonly<Record<string, string>> = {
  "united arab emirates": "AE", uae: "AE", austria: "AT", australia: "AU", belgium: "BE", brazil: "BR", canada: "CA",
  switzerland: "CH", chile: "CL", china: "CN", germany: "DE", denmark: "DK", spain: "ES", france: "FR",
  "united kingdom": "GB", uk: "GB", "hong kong": "HK", "hong kong sar": "HK", indonesia: "ID", ireland: "IE",
  israel: "IL", india: "IN", italy: "IT", japan: "JP", "south korea": "KR", korea: "KR", mexico: "MX",
  malaysia: "MY", netherlands: "NL", norway: "NO", "new zealand": "NZ", poland: "PL", qatar: "QA", sweden: "SE",
  singapore: "SG", "united states": "US", usa: "US", "south africa": "ZA",
};

/** The Azure regions of one classification, in catalog order. */
export function azureRegionsOf(classification: Classification): string[] {
  return listRegions("azure").filter((r) => r.classification === classification).map((r) => r.id);
}

/**
 * The Azure region ids one exclusion names. Throws, naming `path`, when it names no region and no country:
 * a mistyped exclusion would otherwise leave in a region the user meant to leave out.
 */
export function regionsExcludedBy(entry: string, path: string): string[] {
  const text = entry.trim();
  const azure = listRegions("azure");
  const byId = azure.find((r) => r.id === text.toLowerCase());
  if (byId) return [byId.id];
  const code = /^[A-Za-z]{2}$/.test(text) ? text.toUpperCase() : COUNTRY_CODES_BY_NAME[text.toLowerCase()];
  const inCountry = code === undefined ? [] : azure.filter((r) => r.country === code).map((r) => r.id);
  if (inCountry.length === 0) {
    fail(path, `'${text}' is not an Azure region, a country code (US, BR) or a country name (Brazil) with Azure regions`);
  }
  return inCountry;
}

/** `all-minus-excludes`: the classification's regions without the excluded ones; says which exclusions changed nothing. */
export function allMinusExcludes(
  classification: Classification,
  excludes: readonly string[],
  excludesPath: string,
  warnings: string[],
): string[] {
  const all = azureRegionsOf(classification);
  const dropped = new Set<string>();
  excludes.forEach((entry, i) => {
    const path = childPath(excludesPath, i);
    const named = regionsExcludedBy(entry, path);
    if (!named.some((id) => all.includes(id))) {
      warnings.push(`${path}: '${entry}' names no ${classification} region, so it excludes nothing`);
    }
    for (const id of named) dropped.add(id);
  });
  const kept = all.filter((id) => !dropped.has(id));
  if (kept.length === 0) fail(excludesPath, `excludes every ${classification} region; nothing is left to deploy to`);
  return kept;
}
