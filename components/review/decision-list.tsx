import { Time } from "@/components/ui/time";
import type { ReviewDecisionView } from "@/lib/domain/api";

/** Every decision in the review, on whichever version it was made, oldest first. */
export function DecisionList({ decisions }: { decisions: ReviewDecisionView[] }) {
  if (!decisions.length) return null;
  return (
    <section aria-labelledby="decisions-heading" className="border-t border-slate-200 p-4">
      <h2 id="decisions-heading" className="mb-1.5 text-sm font-semibold text-slate-900">Decisions</h2>
      <ul className="space-y-1.5">
        {decisions.map((d) => (
          <li key={d.id} className="text-sm">
            <span className="font-medium">{d.reviewer.name ?? d.reviewer.email}</span>{" "}
            <span className={d.decision === "approve" ? "text-ok" : "text-sev-warning"}>{d.decision === "approve" ? "approved" : "requested changes to"}</span>{" "}
            version {d.version} · <span className="text-xs text-slate-600"><Time iso={d.createdAt} /></span>
            {d.comment ? <p className="whitespace-pre-wrap text-slate-700">{d.comment}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
