"use client";

import { X } from "lucide-react";
import { getRegion } from "@/lib/domain/catalog";
import { PROVIDER_LABELS } from "@/lib/domain/schema";
import { FieldMessage } from "./field-message";
import { issueFor, issuesUnder, type FieldIssue } from "./read-answers";
import { ProviderDot } from "./provider-dot";
import { useWizard } from "./wizard-context";
import { regionKeyOf } from "@/lib/domain/region-key";

/** The regions picked so far, in order (the first is the primary), each removable or made primary. */
export function PickedRegions({ issues }: { issues: readonly FieldIssue[] }) {
  const { state, dispatch } = useWizard();
  const { regions } = state.draft;
  const listIssue = issueFor(issues, "regions");
  if (regions.length === 0) {
    return (
      <div>
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">
          No regions yet. Pick them from the list; the first becomes the primary.
        </p>
        <FieldMessage message={listIssue} />
      </div>
    );
  }
  return (
    <div>
      <ol aria-label="Picked regions" className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="wizard-picked-regions">
        {regions.map((r, i) => {
          const info = getRegion(r.provider, r.region);
          const name = `${PROVIDER_LABELS[r.provider]} ${r.region}`;
          const problems = issuesUnder(issues, `regions.${i}`);
          return (
            <li key={regionKeyOf(r)} className="px-3 py-2" data-invalid={problems.length > 0 || undefined}>
              <div className="flex items-center gap-2 text-sm">
                <ProviderDot provider={r.provider} />
                <span className="min-w-0 flex-1 truncate">
                  <span className="font-medium text-slate-900">{name}</span>
                  {info ? <span className="text-slate-600"> · {info.displayName.includes(info.city) ? info.displayName : `${info.displayName}, ${info.city}`}</span> : null}
                </span>
                {i === 0 ? (
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700">Primary</span>
                ) : (
                  <button type="button" onClick={() => dispatch({ type: "makePrimary", region: r })}
                    className="rounded px-1.5 py-0.5 text-xs text-blue-700 hover:bg-blue-50" aria-label={`Make ${name} the primary region`}>
                    Make primary
                  </button>
                )}
                <button type="button" onClick={() => dispatch({ type: "toggleRegion", region: r })} aria-label={`Remove ${name}`}
                  className="rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800">
                  <X size={14} aria-hidden />
                </button>
              </div>
              {problems.map((p) => <FieldMessage key={p.field + p.message} message={p.message} />)}
            </li>
          );
        })}
      </ol>
      <FieldMessage message={listIssue} />
    </div>
  );
}
