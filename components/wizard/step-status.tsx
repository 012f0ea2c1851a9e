import type { FieldIssue } from "./read-answers";

/** Next to Back: how many problems stop this step, once the user has tried to go on. */
export function StepStatus({ issues, shown }: { issues: readonly FieldIssue[]; shown: boolean }) {
  if (!shown || issues.length === 0) return null;
  return (
    <span className="text-sev-error" data-testid="wizard-step-problems">
      {issues.length === 1 ? "One thing to fix above." : `${issues.length} things to fix above.`}
    </span>
  );
}
