"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { AuditFilters } from "@/lib/client/audit";
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS } from "@/lib/domain/api";

/** Filters apply on submit; dates are entered in local time and sent as UTC instants. */
export function AuditFiltersForm({ onApply }: { onApply(filters: AuditFilters): void }) {
  const [draft, setDraft] = useState({ actor: "", action: "", target: "", from: "", to: "" });
  const set = (key: keyof typeof draft) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  const toIso = (local: string) => (local ? new Date(local).toISOString() : undefined);

  const apply = (event: React.FormEvent) => {
    event.preventDefault();
    onApply({
      actor: draft.actor.trim() || undefined,
      action: draft.action || undefined,
      target: draft.target.trim() || undefined,
      from: toIso(draft.from),
      to: toIso(draft.to),
    });
  };
  const reset = () => {
    setDraft({ actor: "", action: "", target: "", from: "", to: "" });
    onApply({});
  };

  const input = "h-9 rounded-md border border-slate-300 bg-white px-2.5 text-sm";
  return (
    <form onSubmit={apply} className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter events">
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        Actor (email)
        <input className={input} value={draft.actor} onChange={set("actor")} placeholder="someone@example.com" />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        Action
        <select className={input} value={draft.action} onChange={set("action")}>
          <option value="">Any action</option>
          {AUDIT_ACTIONS.map((a) => <option key={a} value={a} title={a}>{AUDIT_ACTION_LABELS[a]}</option>)}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        Target id
        <input className={input} value={draft.target} onChange={set("target")} />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        From
        <input type="datetime-local" className={input} value={draft.from} onChange={set("from")} />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        To
        <input type="datetime-local" className={input} value={draft.to} onChange={set("to")} />
      </label>
      <Button type="submit" variant="primary">Apply</Button>
      <Button onClick={reset} variant="ghost">Clear</Button>
    </form>
  );
}
