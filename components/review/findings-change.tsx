import { SEVERITY_COLOUR } from "@/components/canvas/visual";
import type { FindingRef, FindingsDelta } from "@/lib/domain/diff/impact-diff";
import { SummaryCard } from "./summary-card";

const counts = (c: { errors: number; warnings: number }) => `${c.errors} error${c.errors === 1 ? "" : "s"}, ${c.warnings} warning${c.warnings === 1 ? "" : "s"}`;

/** Findings the newer version introduced and resolved, and the error and warning counts on each side. */
export function FindingsChange({ findings }: { findings: FindingsDelta }) {
  return (
    <SummaryCard title="Findings">
      <p>{counts(findings.before)} → <strong className="font-semibold">{counts(findings.after)}</strong></p>
      <FindingList title="New" items={findings.introduced} />
      <FindingList title="Resolved" items={findings.resolved} />
      {!findings.introduced.length && !findings.resolved.length ? <p className="mt-1.5 text-slate-600">No finding came or went.</p> : null}
    </SummaryCard>
  );
}

function FindingList({ title, items }: { title: string; items: FindingRef[] }) {
  if (!items.length) return null;
  return (
    <div className="mt-2">
      <h4 className="text-xs font-medium text-slate-700">{title} ({items.length})</h4>
      <ul className="mt-0.5 space-y-1">
        {items.slice(0, 6).map((f) => (
          <li key={`${f.code}:${JSON.stringify(f.target)}`} className="flex items-start gap-1.5 text-xs">
            <span className="mt-1 inline-block h-2 w-2 shrink-0 rounded-full" style={{ backgroundColor: SEVERITY_COLOUR[f.severity] }} role="img" aria-label={f.severity} />
            <span className={title === "Resolved" ? "text-slate-600" : "text-slate-800"}>{f.message}</span>
          </li>
        ))}
        {items.length > 6 ? <li className="text-xs text-slate-500">and {items.length - 6} more</li> : null}
      </ul>
    </div>
  );
}
