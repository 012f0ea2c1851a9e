import clsx from "clsx";
import { Check, Clock, RotateCcw } from "lucide-react";
import type { ReviewSummary } from "@/lib/domain/api";

/** Each named reviewer with their latest decision on the version under review. */
export function ReviewerChips({ reviewers }: { reviewers: ReviewSummary["reviewers"] }) {
  return (
    <ul aria-label="Reviewers" className="flex flex-wrap gap-1.5">
      {reviewers.map((r) => {
        const [Icon, text, look] = r.decision === "approve"
          ? [Check, "approved", "border-green-200 bg-green-50 text-ok"]
          : r.decision === "request-changes"
            ? [RotateCcw, "requested changes", "border-amber-200 bg-amber-50 text-sev-warning"]
            : [Clock, "not decided yet", "border-slate-200 bg-white text-slate-700"];
        return (
          <li key={r.id} className={clsx("inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs", look)}>
            <Icon size={12} aria-hidden />
            <span className="font-medium">{r.name ?? r.email}</span>
            <span>{text}</span>
          </li>
        );
      })}
    </ul>
  );
}
