// Where each compliance pack lets chain data live, from the catalog's flags. The pack rules (gdpr.ts, hipaa.ts) and
// the optimiser's candidate regions read this one answer.

import type { RegionInfo } from "../catalog";
import type { CompliancePack } from "../schema";

const RESIDENCY: Record<CompliancePack, (info: RegionInfo) => boolean> = {
  // GDPR: the EEA, or a country with an EU adequacy decision.
  gdpr: (info) => info.eea || info.euAdequacy,
  // HIPAA: regions covered by the provider's BAA (US commercial and gov, plus the catalog's overrides).
  hipaa: (info) => info.hipaaEligible,
  // SOC 2 sets no place for the data.
  soc2: () => true,
};

export function residentUnder(pack: CompliancePack, info: RegionInfo): boolean {
  return RESIDENCY[pack](info);
}
