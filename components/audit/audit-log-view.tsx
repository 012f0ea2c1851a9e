"use client";

import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Time } from "@/components/ui/time";
import { useAuditEvents, type AuditFilters } from "@/lib/client/audit";
import { auditActionLabel } from "@/lib/domain/api";
import { useState } from "react";
import { AuditFiltersForm } from "./audit-filters-form";
import { VerifyChainButton } from "./verify-chain-button";

export function AuditLogView() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const events = useAuditEvents(filters);
  const rows = events.data?.pages.flatMap((p) => p.events) ?? [];
  const filtered = Object.values(filters).some(Boolean);

  return (
    <section aria-labelledby="audit-heading">
      <div className="mb-5 flex items-start justify-between gap-4">
        <div>
          <h1 id="audit-heading" className="text-xl font-semibold tracking-tight">Audit log</h1>
          <p className="text-sm text-slate-600">
            Every change in your organisation, newest first. Events are hash-chained and checkpoints are signed outside the database: verify shows whether any was altered.
          </p>
        </div>
        <VerifyChainButton />
      </div>
      <AuditFiltersForm onApply={setFilters} />
      {events.isPending ? (
        <p role="status" className="py-10 text-center text-sm text-slate-500">Loading events…</p>
      ) : events.isError ? (
        <p role="alert" className="rounded-md bg-red-50 px-4 py-3 text-sm text-sev-error">{events.error.message}</p>
      ) : rows.length === 0 ? (
        <EmptyState title={filtered ? "No matching events" : "No events yet"} body={filtered ? "No event matches these filters." : "Changes to topologies and members will be recorded here."} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Audit events</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">#</th>
                <th scope="col" className="px-4 py-2 font-medium">When (your time)</th>
                <th scope="col" className="px-4 py-2 font-medium">Actor</th>
                <th scope="col" className="px-4 py-2 font-medium">Action</th>
                <th scope="col" className="px-4 py-2 font-medium">Target</th>
                <th scope="col" className="px-4 py-2 font-medium">Details</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((e) => (
                <tr key={e.id}>
                  <td className="px-4 py-2 font-mono text-xs text-slate-500">{e.seq}</td>
                  <td className="whitespace-nowrap px-4 py-2"><Time iso={e.occurredAt} /></td>
                  <td className="px-4 py-2">{e.actorEmail ?? e.actorId ?? "system"}</td>
                  <td className="px-4 py-2">
                    <span className="block">{auditActionLabel(e.action)}</span>
                    <span className="block font-mono text-[11px] text-slate-500">{e.action}</span>
                  </td>
                  <td className="px-4 py-2" title={`${e.targetType}:${e.targetId}`}>
                    {e.targetName ? <span className="block">{e.targetName}</span> : null}
                    <span className="block break-all font-mono text-[11px] text-slate-500">
                      {e.targetType}:{e.targetName ? e.targetId.slice(0, 10) : e.targetId}
                    </span>
                  </td>
                  <td className="px-4 py-2 text-xs text-slate-600">{describe(e.data)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {events.hasNextPage ? (
        <div className="mt-4 text-center">
          <Button onClick={() => events.fetchNextPage()} disabled={events.isFetchingNextPage}>
            {events.isFetchingNextPage ? "Loading…" : "Show older events"}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

function describe(data: unknown): string {
  if (!data || typeof data !== "object") return "";
  const d = data as Record<string, unknown>;
  if (typeof d.version === "number") {
    // Export events record the targets exported (older ones may not).
    const targets = Array.isArray(d.targets) && d.targets.length > 0 ? ` · targets: ${d.targets.map(String).join(", ")}` : "";
    return `version ${d.version}${targets}${d.message ? `: “${String(d.message)}”` : ""}`;
  }
  if (d.changes && typeof d.changes === "object") {
    return Object.entries(d.changes as Record<string, { from: unknown; to: unknown }>)
      .map(([k, c]) => `${k}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`)
      .join("; ");
  }
  if (typeof d.name === "string") return d.name;
  return "";
}
