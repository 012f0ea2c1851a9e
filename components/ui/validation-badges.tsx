import type { ValidationCounts } from "@/lib/domain/api";

/** Error / warning counts in the severity colours, or "clean". */
export function ValidationBadges({ counts }: { counts: ValidationCounts }) {
  if (counts.errors === 0 && counts.warnings === 0) {
    return <span className="rounded bg-green-50 px-1.5 py-0.5 text-xs font-medium text-ok">No problems</span>;
  }
  return (
    <span className="inline-flex gap-1.5 text-xs font-medium">
      {counts.errors > 0 && (
        <span className="rounded bg-red-50 px-1.5 py-0.5 text-sev-error">
          {counts.errors} error{counts.errors === 1 ? "" : "s"}
        </span>
      )}
      {counts.warnings > 0 && (
        <span className="rounded bg-amber-50 px-1.5 py-0.5 text-sev-warning">
          {counts.warnings} warning{counts.warnings === 1 ? "" : "s"}
        </span>
      )}
    </span>
  );
}
