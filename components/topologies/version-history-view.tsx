"use client";

import { Time } from "@/components/ui/time";
import { ValidationBadges } from "@/components/ui/validation-badges";
import { useTopology, useVersions } from "@/lib/client/topologies";
import { TopologyHeader } from "./topology-header";

export function VersionHistoryView({ id }: { id: string }) {
  const detail = useTopology(id);
  const versions = useVersions(id);
  const error = detail.error ?? versions.error;
  if (error) return <p role="alert" className="rounded-md bg-red-50 px-4 py-3 text-sm text-sev-error">{error.message}</p>;
  if (!detail.data || !versions.data) return <p role="status" className="py-10 text-center text-sm text-slate-500">Loading versions…</p>;
  return (
    <>
      <TopologyHeader topology={detail.data.topology} validation={detail.data.version.validation} current="versions" />
      <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Versions, newest first">
        {versions.data.versions.map((v) => (
          <li key={v.number} className="flex items-center gap-4 px-4 py-3">
            <span className="w-12 font-mono text-sm text-slate-700">v{v.number}</span>
            <div className="min-w-0 flex-1">
              <p className="truncate text-sm text-slate-900">{v.message || <span className="text-slate-500">No message</span>}</p>
              <p className="text-xs text-slate-500">
                {v.author.name ?? v.author.email ?? "unknown"} · <Time iso={v.createdAt} />
              </p>
            </div>
            <ValidationBadges counts={v.validation} />
            <code className="hidden font-mono text-xs text-slate-500 md:inline" title={`SHA-256 ${v.digest}`}>
              {v.digest.slice(0, 12)}
            </code>
          </li>
        ))}
      </ol>
    </>
  );
}
