import type { RegionInfo } from "@/lib/domain/catalog";

const CLASSIFICATION_LABEL = { commercial: "", gov: "Gov", dod: "DoD", china: "China" } as const;

/** A region's classification and compliance flags, as every region list shows them. */
export function RegionFlags({ region }: { region: RegionInfo }) {
  const classification = CLASSIFICATION_LABEL[region.classification];
  return (
    <span className="flex shrink-0 gap-1 text-[10px] font-medium">
      {classification ? <span className="rounded bg-slate-800 px-1 text-white">{classification}</span> : null}
      {region.eea ? (
        <span className="rounded bg-blue-50 px-1 text-blue-800" title="In the EEA (GDPR)">EEA</span>
      ) : region.euAdequacy ? (
        <span className="rounded bg-blue-50 px-1 text-blue-800" title="EU adequacy decision">Adequate</span>
      ) : null}
      {region.hipaaEligible ? <span className="rounded bg-emerald-50 px-1 text-emerald-800" title="Covered by the provider's HIPAA BAA">HIPAA</span> : null}
    </span>
  );
}
