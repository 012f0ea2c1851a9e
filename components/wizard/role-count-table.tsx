"use client";

import { RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ROLE_SHORT } from "@/components/canvas/visual";
import { NODE_ROLE_LABELS, NODE_ROLES, PROVIDER_LABELS } from "@/lib/domain/schema";
import { CountInput } from "./count-input";
import { FieldMessage } from "./field-message";
import { issueFor, type FieldIssue } from "./read-answers";
import { countField, zeroCounts, type RoleCounts } from "./role-counts";
import { ProviderDot } from "./provider-dot";
import { useWizard } from "./wizard-context";
import { regionKeyOf } from "@/lib/domain/region-key";

const messageId = (field: string) => `msg-${field.replace(/[^A-Za-z0-9-]/g, "-")}`;

/** Node counts per region and role, starting from the proposal; every change re-validates the design at once. */
export function RoleCountTable({ issues, proposed, effective }: {
  issues: readonly FieldIssue[];
  proposed: ReadonlyMap<string, RoleCounts>;
  effective: ReadonlyMap<string, RoleCounts>;
}) {
  const { state, dispatch } = useWizard();
  const { regions } = state.draft;
  const edited = regions.some((r) => {
    const key = regionKeyOf(r);
    return Object.entries(state.counts[key] ?? {}).some(([role, v]) => v?.trim() !== String(proposed.get(key)?.[role as keyof RoleCounts] ?? 0));
  });
  const totals = zeroCounts();
  for (const r of regions) for (const role of NODE_ROLES) totals[role] += effective.get(regionKeyOf(r))?.[role] ?? 0;

  return (
    <div className="flex flex-col gap-2">
      <table className="w-full text-sm" data-testid="wizard-role-counts">
        <caption className="sr-only">Nodes per region and role</caption>
        <thead className="border-b border-slate-200 text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">Region</th>
            {NODE_ROLES.map((role) => <th key={role} scope="col" className="px-2 py-2 text-right font-medium">{ROLE_SHORT[role]}</th>)}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {regions.map((r, i) => {
            const key = regionKeyOf(r);
            const where = `${PROVIDER_LABELS[r.provider]} ${r.region}`;
            return (
              <tr key={key}>
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  <span className="flex items-center gap-2 whitespace-nowrap">
                    <ProviderDot provider={r.provider} />
                    <span className="font-medium text-slate-900"><span className="sr-only">{PROVIDER_LABELS[r.provider]} </span>{r.region}</span>
                    {i === 0 ? <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">Primary</span> : null}
                  </span>
                </th>
                {NODE_ROLES.map((role) => {
                  const field = countField(key, role);
                  const proposedCount = proposed.get(key)?.[role] ?? 0;
                  return (
                    <td key={role} className="px-2 py-1.5 text-right">
                      <CountInput label={`${NODE_ROLE_LABELS[role]} in ${where}`} proposed={proposedCount}
                        value={state.counts[key]?.[role] ?? String(proposedCount)} error={issueFor(issues, field)} errorId={messageId(field)}
                        onChange={(value) => dispatch({ type: "setCount", regionKey: key, role, value })} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
        <tfoot className="border-t border-slate-200 text-slate-700">
          <tr>
            <th scope="row" className="py-2 pr-3 text-left font-medium">Total</th>
            {NODE_ROLES.map((role) => <td key={role} className="px-2 py-2 text-right font-medium tabular-nums" data-testid={`wizard-total-${role}`}>{totals[role]}</td>)}
          </tr>
        </tfoot>
      </table>
      {issues.map((i) => <FieldMessage key={i.field} id={messageId(i.field)} message={i.message} />)}
      {edited ? (
        <div className="flex items-center gap-3 text-sm text-slate-600">
          <span>Tinted counts differ from the proposal; they stay when you change earlier steps.</span>
          <Button size="sm" variant="ghost" className="shrink-0" onClick={() => dispatch({ type: "resetCounts" })}>
            <RotateCcw size={14} aria-hidden /> Reset to the proposal
          </Button>
        </div>
      ) : null}
    </div>
  );
}
