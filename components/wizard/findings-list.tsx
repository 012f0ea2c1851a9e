import { CircleAlert, Info, TriangleAlert } from "lucide-react";
import type { Finding, Severity } from "@/lib/domain/rules";

const ICON: Record<Severity, typeof Info> = { error: CircleAlert, warning: TriangleAlert, info: Info };
const TEXT: Record<Severity, string> = { error: "text-sev-error", warning: "text-sev-warning", info: "text-sev-info" };

/** The rule engine's findings: errors and warnings listed with their messages, notes counted (and listed on request). */
export function FindingsList({ findings, label = "Findings" }: { findings: readonly Finding[]; label?: string }) {
  const problems = findings.filter((f) => f.severity !== "info");
  const notes = findings.filter((f) => f.severity === "info");
  const errors = problems.filter((f) => f.severity === "error").length;
  return (
    <div className="flex flex-col gap-2" data-testid="wizard-findings">
      <p className="text-sm" data-testid="wizard-findings-summary">
        {errors === 0 ? (
          <span className="font-medium text-ok">No errors.</span>
        ) : (
          <span className="font-medium text-sev-error">{errors} error{errors === 1 ? "" : "s"}.</span>
        )}{" "}
        <span className="text-slate-600">
          {problems.length - errors} warning{problems.length - errors === 1 ? "" : "s"}, {notes.length} note{notes.length === 1 ? "" : "s"}.
        </span>
      </p>
      {problems.length > 0 ? <FindingItems findings={problems} label={label} /> : null}
      {notes.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-slate-600">Show {notes.length} note{notes.length === 1 ? "" : "s"}</summary>
          <FindingItems findings={notes} label={`${label}: notes`} />
        </details>
      ) : null}
    </div>
  );
}

function FindingItems({ findings, label }: { findings: readonly Finding[]; label: string }) {
  return (
    <ul aria-label={label} className="mt-1 flex flex-col gap-1.5">
      {findings.map((f, i) => {
        const Icon = ICON[f.severity];
        return (
          <li key={`${f.code}:${i}`} data-code={f.code} data-severity={f.severity} className="flex gap-2 text-sm leading-5">
            <Icon size={16} className={`mt-0.5 shrink-0 ${TEXT[f.severity]}`} role="img" aria-label={f.severity} />
            <span className="text-slate-800">{f.message}</span>
          </li>
        );
      })}
    </ul>
  );
}
