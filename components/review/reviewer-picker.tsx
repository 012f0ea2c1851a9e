import Link from "next/link";
import { ROLE_LABELS } from "@/lib/domain/authz";
import { NO_REVIEWERS_REASON, type ReviewerOption } from "./reviewer-options";

interface Props {
  options: ReviewerOption[];
  chosen: ReadonlySet<string>;
  onToggle(userId: string): void;
  error?: string;
}

/** Checkboxes of the members who may review; those who can't (the version's author) say why. */
export function ReviewerPicker({ options, chosen, onToggle, error }: Props) {
  return (
    <fieldset aria-describedby={error ? "reviewers-error" : undefined} aria-invalid={error ? true : undefined}>
      <legend className="mb-1.5 text-sm font-medium text-slate-700">Reviewers</legend>
      {options.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-3 py-3 text-sm text-slate-600">
          {NO_REVIEWERS_REASON}{" "}
          <Link href="/settings?tab=invitations" className="text-blue-800 underline">Invite a reviewer</Link>.
        </p>
      ) : (
        <ul className="max-h-48 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2">
          {options.map(({ member, unavailable }) => (
            <li key={member.userId}>
              <label className={`flex items-start gap-2 rounded px-1 py-1 text-sm ${unavailable ? "text-slate-500" : "hover:bg-slate-50"}`}>
                <input type="checkbox" className="mt-0.5" checked={chosen.has(member.userId)} disabled={Boolean(unavailable)} onChange={() => onToggle(member.userId)} />
                <span className="min-w-0">
                  <span className="font-medium text-slate-900">{member.name ?? member.email}</span>{" "}
                  <span className="text-xs text-slate-600">{ROLE_LABELS[member.role]}{member.name && member.email ? ` · ${member.email}` : ""}</span>
                  {unavailable ? <span className="block text-xs">Can't review: {unavailable}</span> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {error ? <p id="reviewers-error" role="alert" className="mt-1 text-sm text-sev-error">{error}</p> : null}
    </fieldset>
  );
}
