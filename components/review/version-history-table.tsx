"use client";

import { DisabledReason } from "@/components/settings/disabled-reason";
import { useCan, useMissingPermissionReason } from "@/components/shell/page-session-context";
import { Button } from "@/components/ui/button";
import { Time } from "@/components/ui/time";
import { ValidationBadges } from "@/components/ui/validation-badges";
import type { VersionSummary } from "@/lib/domain/api";
import { ReportMenu } from "./report-menu";

interface Props {
  topologyId: string;
  versions: VersionSummary[];
  currentVersion: number;
  from: number;
  to: number;
  onCompare(from: number, to: number): void;
  onRestore(version: number): void;
  onReportError(message: string | null): void;
}

/** The history, newest first: pick "from" and "to" to compare, restore an old version, download a report. */
export function VersionHistoryTable({ topologyId, versions, currentVersion, from, to, onCompare, onRestore, onReportError }: Props) {
  const canRestore = useCan("topology.edit");
  const canReport = useCan("audit.read");
  const why = useMissingPermissionReason();
  const restoreWhyNot = canRestore ? null : `Restoring needs the right to edit topologies: ${why}.`;
  const reportWhyNot = canReport ? null : `Compliance reports carry the audit trail and need access to the audit log: ${why}.`;
  return (
    <div className="isolate max-h-[26rem] overflow-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Versions, newest first. Choose a version to compare from and one to compare to.</caption>
        <thead className="sticky top-0 z-10 border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="w-14 px-3 py-2 text-center font-medium">From</th>
            <th scope="col" className="w-14 px-3 py-2 text-center font-medium">To</th>
            <th scope="col" className="w-16 px-3 py-2 font-medium">Version</th>
            <th scope="col" className="px-3 py-2 font-medium">Message</th>
            <th scope="col" className="px-3 py-2 font-medium">Checks</th>
            <th scope="col" className="px-3 py-2 font-medium"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {versions.map((v) => (
            <tr key={v.number} className={v.number === from || v.number === to ? "bg-blue-50/40" : undefined} data-version={v.number}>
              <td className="px-3 py-2 text-center">
                <input type="radio" name="compare-from" checked={from === v.number} onChange={() => onCompare(v.number, to)} aria-label={`Compare from version ${v.number}`} />
              </td>
              <td className="px-3 py-2 text-center">
                <input type="radio" name="compare-to" checked={to === v.number} onChange={() => onCompare(from, v.number)} aria-label={`Compare to version ${v.number}`} />
              </td>
              <td className="px-3 py-2 font-mono text-slate-700">
                v{v.number}
                {v.number === currentVersion ? <span className="ml-1.5 rounded bg-slate-100 px-1 font-sans text-[10px] font-medium uppercase text-slate-600">newest</span> : null}
              </td>
              <td className="min-w-0 px-3 py-2">
                <p className="max-w-md truncate text-slate-900">{v.message || <span className="text-slate-500">No message</span>}</p>
                <p className="text-xs text-slate-600">
                  {v.author.name ?? v.author.email ?? "unknown"} · <Time iso={v.createdAt} /> ·{" "}
                  <code className="font-mono" title={`SHA-256 ${v.digest}`}>{v.digest.slice(0, 12)}</code>
                </p>
              </td>
              <td className="px-3 py-2"><ValidationBadges counts={v.validation} /></td>
              <td className="px-3 py-2">
                <div className="flex justify-end gap-1.5">
                  {v.number !== currentVersion ? (
                    <DisabledReason reason={restoreWhyNot}>
                      <Button size="sm" onClick={() => onRestore(v.number)} disabled={!canRestore}>Restore…</Button>
                    </DisabledReason>
                  ) : null}
                  <DisabledReason reason={reportWhyNot}>
                    <ReportMenu topologyId={topologyId} version={v.number} disabledReason={reportWhyNot} onError={onReportError} />
                  </DisabledReason>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
