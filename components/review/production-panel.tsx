"use client";

import { useState } from "react";
import { FormError } from "@/components/settings/form-error";
import { useCan, useMissingPermissionReason } from "@/components/shell/page-session-context";
import { useApprovalStatus, useSetProduction } from "@/lib/client/reviews";
import { ApprovalStatusLine } from "./approval-status-line";

/** Whether the topology is production (admins and owners change it) and whether its newest version may be exported. */
export function ProductionPanel({ topologyId }: { topologyId: string }) {
  const status = useApprovalStatus(topologyId);
  const setProduction = useSetProduction(topologyId);
  const canChange = useCan("topology.production");
  const why = useMissingPermissionReason();
  // The box shows the choice at once (set in the same event as the click), not after the mutation's state
  // catches up: a controlled checkbox would otherwise spring back for a render.
  const [choice, setChoice] = useState<boolean | null>(null);
  return (
    <section aria-labelledby="production-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="production-heading" className="mb-2 text-sm font-semibold text-slate-900">Production and approvals</h2>
      {status.isError ? <FormError error={status.error} prefix="Could not load the approval status:" /> : null}
      {status.data ? (
        <div className="flex flex-col gap-3">
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" className="mt-0.5" checked={choice ?? status.data.production} disabled={!canChange || setProduction.isPending}
              onChange={(e) => {
                setChoice(e.target.checked);
                setProduction.mutate(e.target.checked, { onSettled: () => setChoice(null) });
              }} aria-describedby="production-hint" />
            <span>
              <span className="font-medium text-slate-900">Production topology</span>
              <span id="production-hint" className="block text-xs text-slate-600">
                {canChange
                  ? "Exports of a production topology need the organisation's approvals on the exact version exported."
                  : `Only admins and owners mark topologies production, and ${why}.`}
              </span>
            </span>
          </label>
          <ApprovalStatusLine status={status.data} />
          <FormError error={setProduction.error} prefix="Could not change it:" />
        </div>
      ) : status.isPending ? <p role="status" className="text-sm text-slate-500">Loading…</p> : null}
    </section>
  );
}
