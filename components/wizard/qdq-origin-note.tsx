import { FileInput } from "lucide-react";

/** On review after a QDQ import: what was taken from the input and what the importer assumed. */
export function QdqOriginNote({ warnings }: { warnings: readonly string[] }) {
  const [first, ...rest] = warnings;
  return (
    <div role="status" className="mb-5 flex gap-3 rounded-md border border-blue-200 bg-blue-50 px-4 py-3 text-sm text-slate-800" data-testid="wizard-qdq-note">
      <FileInput size={18} className="mt-0.5 shrink-0 text-sev-info" aria-hidden />
      <div>
        <p>{first} Go back to any step to change it.</p>
        {rest.length > 0 ? (
          <ul className="mt-1 list-disc pl-5 text-slate-600" aria-label="Import notes">
            {rest.map((w) => <li key={w}>{w}</li>)}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
