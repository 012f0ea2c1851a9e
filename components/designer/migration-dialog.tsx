"use client";

import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { saveBlob } from "@/lib/client/exports";
import { useEditorStore } from "@/lib/client/editor/context";
import { migrationsFor, planMigration, renderRunbook } from "@/lib/domain/migrate";
import type { TopologyDocument } from "@/lib/domain/schema";
import type { MigrationKind } from "@/lib/domain/support";
import { downloadJson } from "./download";

const KIND_LABEL: Record<MigrationKind, string> = {
  "goquorum-to-besu": "GoQuorum to Besu",
  "clique-to-qbft": "Clique to QBFT",
  "tessera-to-paladin": "Tessera to Paladin",
  "ibft2-to-qbft": "IBFT 2.0 to QBFT",
};

/**
 * The way off what current releases no longer run: the plan's steps with their checks and the quorum each
 * leaves, the runbook and target design to download, and, for a chain that carries on, the target applied here.
 */
export function MigrationDialog({ doc, open, onOpenChange }: { doc: TopologyDocument; open: boolean; onOpenChange(open: boolean): void }) {
  const store = useEditorStore();
  const kinds = useMemo(() => migrationsFor(doc), [doc]);
  const [chosen, setChosen] = useState<MigrationKind | undefined>(undefined);
  const kind = chosen && kinds.includes(chosen) ? chosen : kinds[0];
  const plan = useMemo(() => (kind ? planMigration(doc, kind) : undefined), [doc, kind]);
  const slug = doc.name.replace(/[^A-Za-z0-9._-]+/g, "-").toLowerCase() || "network";
  return (
    <Dialog open={open} onOpenChange={onOpenChange} wide title="Migration plan" description={plan ? plan.title : "This design runs a supported stack: there is nothing to migrate."}>
      {plan ? (
        <div className="flex flex-col gap-3">
          {kinds.length > 1 ? (
            <fieldset className="flex flex-wrap gap-3 text-sm">
              <legend className="sr-only">Migration</legend>
              {kinds.map((k, i) => (
                <label key={k} className="flex items-center gap-1.5">
                  <input type="radio" name="migration" value={k} checked={k === kind} onChange={() => setChosen(k)} className="size-4 accent-blue-700" />
                  {i + 1}. {KIND_LABEL[k]}
                </label>
              ))}
            </fieldset>
          ) : null}
          <div className="max-h-[55vh] overflow-y-auto rounded-md border border-slate-200 p-3 text-sm text-slate-800" tabIndex={0} aria-label="Plan">
            <p>{plan.summary}</p>
            <ol className="mt-3 flex list-decimal flex-col gap-3 pl-5">
              {plan.steps.map((step) => (
                <li key={step.title}>
                  <p className="font-medium text-slate-900">{step.title}</p>
                  <ul className="mt-1 list-disc pl-4 text-slate-700">
                    {step.actions.map((a) => <li key={a}>{a}</li>)}
                  </ul>
                  {step.quorum ? (
                    <p className="mt-1 text-xs text-slate-600">
                      Validators online: {step.quorum.online} of {step.quorum.validators}; blocks need {step.quorum.quorum}.
                    </p>
                  ) : null}
                  <p className="mt-1 text-xs text-slate-600"><span className="font-medium">Check:</span> {step.check}</p>
                </li>
              ))}
            </ol>
            {plan.caveats.length > 0 ? (
              <div className="mt-3 rounded-md bg-amber-50 p-2 text-xs text-slate-800">
                {plan.caveats.map((c) => <p key={c}>{c}</p>)}
              </div>
            ) : null}
          </div>
          <div className="flex flex-wrap justify-end gap-2">
            <Button onClick={() => saveBlob(new Blob([renderRunbook(plan)], { type: "text/markdown" }), `${slug}-${plan.kind}.md`)}>Download runbook</Button>
            <Button onClick={() => downloadJson(plan.target)}>Download target design</Button>
            {plan.continuity === "same-chain" ? (
              <Button variant="primary" onClick={() => {
                store.getState().edit(`Apply the ${KIND_LABEL[plan.kind]} migration`, (d) => {
                  d.network = plan.target.network;
                  d.nodeGroups = plan.target.nodeGroups;
                });
                onOpenChange(false);
              }}>Apply the result to this design</Button>
            ) : null}
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
