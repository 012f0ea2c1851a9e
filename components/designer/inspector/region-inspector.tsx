"use client";

import { useEditorStore } from "@/lib/client/editor/context";
import { getRegion, listRegions } from "@/lib/domain/catalog";
import { updateElement } from "@/lib/domain/edit";
import { PROVIDER_LABELS, RegionSchema, type Region } from "@/lib/domain/schema";
import { ElementHeader } from "./element-header";
import { SchemaForm } from "./schema-form";
import { labelFor } from "./json-schema-fields";

export function RegionInspector({ region }: { region: Region }) {
  const store = useEditorStore();
  const info = getRegion(region.provider, region.region);
  return (
    <div>
      <ElementHeader id={region.id} title={info?.displayName ?? region.region} subtitle={`${PROVIDER_LABELS[region.provider]} region · ${region.id}`} />
      {info ? (
        <dl className="mb-4 grid grid-cols-[6rem_1fr] gap-y-1 rounded-md bg-slate-50 p-2.5 text-xs">
          <dt className="text-slate-500">Location</dt><dd>{info.city}, {info.country}</dd>
          <dt className="text-slate-500">Cloud</dt><dd className="capitalize">{info.classification}</dd>
          <dt className="text-slate-500">Zones</dt><dd>{info.availabilityZones || "none"}</dd>
          <dt className="text-slate-500">GDPR</dt><dd>{info.eea ? "In the EEA" : info.euAdequacy ? "EU adequacy decision" : "Outside the EEA"}</dd>
          <dt className="text-slate-500">HIPAA</dt><dd>{info.hipaaEligible ? "Covered by the BAA" : "Not covered"}</dd>
        </dl>
      ) : (
        <p role="alert" className="mb-4 rounded-md bg-red-50 p-2 text-xs text-sev-error">This region is not in Meridian's catalog.</p>
      )}
      <SchemaForm
        idPrefix={`region-${region.id}`}
        schema={RegionSchema}
        value={region}
        overrides={{
          id: { hidden: true },
          provider: { readOnly: true },
          region: {
            label: "Cloud region",
            options: listRegions(region.provider).map((r) => ({ value: r.id, label: `${r.displayName} (${r.id})` })),
          },
          cidr: { label: "Address space (CIDR)" },
          subnetPrefix: { label: "Subnet prefix length" },
        }}
        onChange={(next, field) => store.getState().edit(`Change ${labelFor(field).toLowerCase()} of ${region.id}`, (d) => updateElement(d, region.id, { [field]: next[field] }))}
      />
    </div>
  );
}
