"use client";

import { useEditor, useEditorStore } from "@/lib/client/editor/context";
import { CONSENSUS_LABELS } from "@/lib/domain/consensus";
import { CLIENT_LABELS, CLIENTS, COMPLIANCE_PACKS, CONSENSUS_ALGORITHMS, NetworkSettingsSchema, OperationsSchema, type TopologyDocument } from "@/lib/domain/schema";
import { choiceCaveat, clientSupport, findSupport } from "@/lib/domain/support";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { migrationsFor } from "@/lib/domain/migrate";
import { statusSentence, unsupportedChoices } from "@/lib/domain/support";
import { MigrationDialog } from "../migration-dialog";
import { regionLabel } from "../region-label";
import { SchemaForm } from "./schema-form";
import { labelFor } from "./json-schema-fields";

/** With nothing selected: the network's settings, compliance packs, operations and budget. */
export function NetworkInspector() {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const edit = (label: string, recipe: (d: TopologyDocument) => void) => store.getState().edit(label, recipe);
  const regionOptions = doc.regions.map((r) => ({ value: r.id, label: regionLabel(r) }));
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h2 className="text-sm font-semibold text-slate-900">Network</h2>
        <p className="text-xs text-slate-500">Select a region, node group or link to edit it.</p>
      </div>
      <MigrationNotice doc={doc} />
      <SchemaForm
        idPrefix="network"
        schema={NetworkSettingsSchema}
        value={doc.network}
        overrides={{
          client: { options: CLIENTS.map((c) => ({ value: c, label: withCaveat(CLIENT_LABELS[c], choiceCaveat(clientSupport(c))) })) },
          consensus: {
            options: CONSENSUS_ALGORITHMS.map((c) => ({
              value: c,
              label: withCaveat(CONSENSUS_LABELS[c], clientSupport(doc.network.client).status === "supported" ? choiceCaveat(findSupport({ kind: "consensus", client: doc.network.client, consensus: c })) : undefined),
            })),
          },
          existing: { label: "Describes a network that already runs" },
          chainId: { label: "Chain ID" },
          hubRegionId: { label: "Hub region", options: regionOptions },
          blockPeriodSeconds: { unit: "s" },
          requestTimeoutSeconds: { unit: "s" },
        }}
        onChange={(next, field) => edit(`Change ${labelFor(field).toLowerCase()}`, (d) => { d.network = next; })}
      />
      <fieldset className="flex flex-col gap-1.5">
        <legend className="mb-1 text-xs font-semibold text-slate-700">Compliance packs</legend>
        {COMPLIANCE_PACKS.map((pack) => (
          <label key={pack} className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={doc.compliance.packs.includes(pack)}
              onChange={(e) => edit(`${e.target.checked ? "Enable" : "Disable"} ${pack}`, (d) => {
                d.compliance.packs = e.target.checked ? [...d.compliance.packs, pack] : d.compliance.packs.filter((p) => p !== pack);
              })} />
            {pack === "gdpr" ? "GDPR" : pack === "hipaa" ? "HIPAA" : "SOC 2"}
          </label>
        ))}
      </fieldset>
      <div>
        <h3 className="mb-2 text-xs font-semibold text-slate-700">Operations</h3>
        <SchemaForm
          idPrefix="operations"
          schema={OperationsSchema}
          value={doc.operations}
          overrides={{ backupRegionId: { label: "Backup region", options: regionOptions } }}
          onChange={(next, field) => edit(`Change ${labelFor(field).toLowerCase()}`, (d) => { d.operations = next; })}
        />
      </div>
      <BudgetField />
    </div>
  );
}

/** What the design keeps that current releases no longer run, and the way to the plan off it. */
function MigrationNotice({ doc }: { doc: TopologyDocument }) {
  const [open, setOpen] = useState(false);
  if (migrationsFor(doc).length === 0) return null;
  const unsupported = unsupportedChoices(doc).filter((c) => c.entry.status === "removed");
  return (
    <div data-testid="migration-notice" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-xs text-slate-800">
      {unsupported.length > 0 ? (
        <p>{unsupported.map((c) => `${statusSentence(c.entry)}.`).join(" ")}</p>
      ) : (
        <p>IBFT 2.0 is supported for existing networks; QBFT is recommended, and the chain can switch to it in place.</p>
      )}
      <Button size="sm" className="mt-2" onClick={() => setOpen(true)}>Plan the migration</Button>
      {open ? <MigrationDialog doc={doc} open={open} onOpenChange={setOpen} /> : null}
    </div>
  );
}

function withCaveat(label: string, caveat: string | undefined): string {
  return caveat ? `${label} (${caveat})` : label;
}

function BudgetField() {
  const store = useEditorStore();
  const budget = useEditor((s) => s.doc.budgetMonthlyUsd);
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
      Monthly budget (USD)
      <input type="number" min={1} defaultValue={budget ?? ""} key={budget ?? "none"} placeholder="No budget"
        className="h-8 rounded-md border border-slate-300 px-2 text-sm font-normal"
        onBlur={(e) => {
          const value = e.target.value.trim() === "" ? undefined : Number(e.target.value);
          if (value !== undefined && !(value > 0)) return;
          store.getState().edit("Change budget", (d) => {
            if (value === undefined) delete d.budgetMonthlyUsd;
            else d.budgetMonthlyUsd = value;
          });
        }} />
    </label>
  );
}
