"use client";

import type { Analysis } from "@/lib/client/editor/analysis";
import { useEditorStore } from "@/lib/client/editor/context";
import { updateElement } from "@/lib/domain/edit";
import { LinkSchema, type Link } from "@/lib/domain/schema";
import { ElementHeader } from "./element-header";
import { SchemaForm } from "./schema-form";
import { labelFor } from "./json-schema-fields";

export function LinkInspector({ link, analysis }: { link: Link; analysis: Analysis }) {
  const store = useEditorStore();
  const rtt = analysis.rttBetween(link.from, link.to);
  return (
    <div>
      <ElementHeader id={link.id} title={`${link.from} ↔ ${link.to}`} subtitle={`Link ${link.id}`} />
      <p className="mb-4 rounded-md bg-slate-50 p-2.5 text-xs text-slate-700">
        {rtt ? <>Round trip <strong>{Math.round(rtt.rttMs)} ms</strong> (P95, {rtt.source}).</> : "Round trip unknown."}
      </p>
      <SchemaForm
        idPrefix={`link-${link.id}`}
        schema={LinkSchema}
        value={link}
        overrides={{ id: { hidden: true }, from: { readOnly: true }, to: { readOnly: true } }}
        onChange={(next, field) => store.getState().edit(`Change ${labelFor(field).toLowerCase()} of ${link.id}`, (d) => updateElement(d, link.id, { [field]: next[field] }))}
      />
    </div>
  );
}
