// Country-level facts the compliance packs need, derived once here so every catalog row agrees.
// Compiled 2026-11 from the European Commission's pages "EEA countries" and
// "Adequacy decisions: how the EU determines if a non-EU country has an adequate level of data protection".

import type { RegionClassification } from "./types";
import { regionKey, type Provider, type RegionKey } from "../region-key";

/** EU 27 plus the three EEA EFTA states (Iceland, Liechtenstein, Norway). */
export const EEA_COUNTRIES: ReadonlySet<string> = new Set([
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
  "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
  "IS", "LI", "NO",
]);

/**
 * Countries with an EU adequacy decision under GDPR art. 45: Andorra, Argentina, Canada (commercial
 * organisations), Faroe Islands, Guernsey, Isle of Man, Israel, Japan, Jersey, New Zealand,
 * South Korea, Switzerland, United Kingdom, Uruguay.
 *
 * Deliberate choices:
 * - United States: FALSE. The EU-US Data Privacy Framework covers only self-certified organisations, not
 *   the country, so a region in the US can't satisfy residency by location alone; the GDPR pack flags it
 *   and the user documents their transfer mechanism (DPF certification or SCCs).
 * - EEA countries are FALSE here: they need no adequacy decision. Residency checks use `eea || euAdequacy`.
 * - Brazil: FALSE until the Commission adopts the decision it proposed in 2025.
 */
export const EU_ADEQUACY_COUNTRIES: ReadonlySet<string> = new Set([
  "AD", "AR", "CA", "FO", "GG", "IM", "IL", "JP", "JE", "NZ", "KR", "CH", "GB", "UY",
]);

/** What the HIPAA rule reads about a region; a catalog row or a `RegionInfo` both have it. */
export interface HipaaSubject {
  readonly provider: Provider;
  readonly id: string;
  readonly country: string;
  readonly classification: RegionClassification;
}

/**
 * Regions where the catalog says otherwise than the default rule below, by "provider:id" key, with the reason.
 * Azure Government's DoD regions: Microsoft's HIPAA BAA covers Azure Government, and the DoD regions are part
 * of it (QDQ classifies them apart, as "dod", because they can't peer with the gov regions).
 */
export const HIPAA_OVERRIDES: ReadonlyMap<RegionKey, { eligible: boolean; reason: string }> = new Map([
  [regionKey("azure", "usdodcentral"), { eligible: true, reason: "Azure Government (DoD) is covered by Microsoft's BAA" }],
  [regionKey("azure", "usdodeast"), { eligible: true, reason: "Azure Government (DoD) is covered by Microsoft's BAA" }],
]);

/**
 * HIPAA rule (DOMAIN.md, "Compliance packs"): US regions, commercial and gov, are eligible unless the catalog
 * says otherwise (`HIPAA_OVERRIDES`); every other region is not, unless an override says it is. So China
 * regions (run by 21Vianet, Sinnet and NWCD, outside the providers' BAAs) never are, and regions outside the
 * US are not vouched for by default even where a provider's BAA may reach them: an organisation that relies
 * on that adds an override. Service-level coverage is the HIPAA pack's job, not the catalog's.
 */
export function isHipaaEligible(region: HipaaSubject): boolean {
  const override = HIPAA_OVERRIDES.get(regionKey(region.provider, region.id));
  if (override) return override.eligible;
  return region.country === "US" && (region.classification === "commercial" || region.classification === "gov");
}
