import { PROVIDER_LABELS, type Provider } from "@/lib/domain/schema";
import type { ScopeView } from "@/lib/domain/api";

/** A membership's or invitation's region scope as chips, or "All regions" when unrestricted. */
export function ScopeSummary({ scope }: { scope: ScopeView }) {
  if (scope.providers.length === 0 && scope.regions.length === 0) {
    return <span className="text-sm text-slate-600">All regions</span>;
  }
  return (
    <span className="flex flex-wrap gap-1">
      {scope.providers.map((p) => (
        <span key={p} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">
          All of {PROVIDER_LABELS[p as Provider] ?? p}
        </span>
      ))}
      {scope.regions.map((r) => (
        <span key={r} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800">{r}</span>
      ))}
    </span>
  );
}
