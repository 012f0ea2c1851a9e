"use client";

import Link from "next/link";
import { FormError } from "@/components/settings/form-error";
import { useVersionDiff } from "@/lib/client/reviews";
import { ChangeChip } from "./change-chip";
import { formatUsdDelta } from "./format-change";

/** What changed between the version last looked at in this review and the one under review now. */
export function ChangesSinceReview({ topologyId, from, to }: { topologyId: string; from: number; to: number }) {
  const diff = useVersionDiff(topologyId, from, to);
  return (
    <section aria-labelledby="since-heading" className="border-b border-slate-200 p-4" data-testid="changes-since-review">
      <h2 id="since-heading" className="text-sm font-semibold text-slate-900">Changed since last review (version {from})</h2>
      {diff.isError ? <FormError error={diff.error} prefix="Could not compare:" /> : null}
      {diff.isPending ? <p role="status" className="mt-1 text-sm text-slate-500">Comparing…</p> : null}
      {diff.data ? (
        <>
          {diff.data.structure.lines.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">{diff.data.structure.layout ? "Only positions on the canvas moved." : "Nothing changed."}</p>
          ) : (
            <ul className="mt-1.5 space-y-1">
              {diff.data.structure.lines.map((line) => (
                <li key={`${line.kind}:${line.id}`} className="flex items-start gap-2 text-sm">
                  <ChangeChip change={line.change} />
                  <span className="min-w-0 text-slate-800">{withoutVerb(line.text)}</span>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-2 text-xs text-slate-600">
            Cost {formatUsdDelta(diff.data.cost.deltaMonthlyUsd)} · {diff.data.findings.introduced.length} new finding{diff.data.findings.introduced.length === 1 ? "" : "s"} · {diff.data.findings.resolved.length} resolved ·{" "}
            <Link href={`/topologies/${topologyId}/versions?from=${from}&to=${to}`} className="text-blue-800 underline">Full comparison</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}

/** The chip already says "Added", "Removed" or "Changed": "Changed node group 'x'…" reads "Node group 'x'…". */
function withoutVerb(text: string): string {
  const rest = text.replace(/^(Added|Removed|Changed) /, "");
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
