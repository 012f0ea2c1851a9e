// Country-level facts the compliance packs need, derived once here so every catalog row agrees.
// Compiled 2026-11 from the European Commission's pages "EEA countries" and
// "Adequacy decisions: how the EU determines if a non-EU country has an adequate level of data protection".

import type { RegionClassification } from "./types";

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

/**
 * HIPAA rule: AWS, Azure and Google Cloud each sign one Business Associate Agreement that covers their
 * eligible services in every region of their global (commercial) cloud, and AWS GovCloud and Azure
 * Government (including the DoD regions) are covered too. The China regions are run by separate operators
 * (21Vianet for Azure; Sinnet and NWCD for AWS) outside those agreements, so they are not eligible.
 * Service-level coverage (which services are in scope) is the HIPAA pack's job, not the catalog's.
 */
export function isHipaaEligible(classification: RegionClassification): boolean {
  return classification !== "china";
}
