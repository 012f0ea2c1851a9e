import { Info, TriangleAlert } from "lucide-react";
import type { WizardNote, WizardNoteCode } from "@/lib/domain/wizard";

/** The wizard's notes on its proposal (why this spread, whether the tolerance and budget are met), in severity colours. */
export function ProposalNotes({ notes, codes, label }: { notes: readonly WizardNote[]; codes?: readonly WizardNoteCode[]; label: string }) {
  const shown = codes ? notes.filter((n) => codes.includes(n.code)) : notes;
  if (shown.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-col gap-2" data-testid="wizard-notes">
      {shown.map((n, i) => (
        <li key={`${n.code}:${i}`} data-code={n.code} className="flex gap-2 text-sm leading-5 text-slate-800">
          {n.severity === "warning" ? (
            <TriangleAlert size={16} className="mt-0.5 shrink-0 text-sev-warning" role="img" aria-label="warning" />
          ) : (
            <Info size={16} className="mt-0.5 shrink-0 text-sev-info" role="img" aria-label="note" />
          )}
          <span>{n.message}</span>
        </li>
      ))}
    </ul>
  );
}
