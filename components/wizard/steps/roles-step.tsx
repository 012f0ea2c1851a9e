"use client";

import { DesignHealth } from "../design-health";
import { ProposalNotes } from "../proposal-notes";
import { RoleCountTable } from "../role-count-table";
import { StepFrame } from "../step-frame";
import { StepStatus } from "../step-status";
import { useWizardNavigation } from "../use-wizard-navigation";
import { useShowIssues, useWizard } from "../wizard-context";

const STEP = 3;

/** Step 4: the proposal's node roles per region, every count editable and checked as it changes. */
export function RolesStep() {
  const { issuesByStep, design } = useWizard();
  const { next } = useWizardNavigation();
  const shown = useShowIssues(STEP);
  const issues = issuesByStep[STEP] ?? [];

  return (
    <StepFrame step={STEP} onSubmit={next} status={<StepStatus issues={issues} shown={shown} />}
      description="Meridian spread the nodes to meet your answers. Change any count; the checks on the right follow every change.">
      {design ? (
        <div className="grid grid-cols-[minmax(0,3fr)_minmax(0,2fr)] gap-8">
          <div className="flex flex-col gap-5">
            <RoleCountTable issues={issues} proposed={design.proposed} effective={design.effective} />
            <section aria-labelledby="proposal-notes-heading">
              <h3 id="proposal-notes-heading" className="mb-2 text-sm font-medium text-slate-700">Why Meridian proposed this spread</h3>
              <ProposalNotes label="About the proposal" notes={design.proposal.notes}
                codes={["validators.spread", "consensus.quorum", "tolerance.met", "tolerance.unmet", "tolerance.none", "tolerance.raised"]} />
            </section>
          </div>
          <aside aria-label="Live check" className="rounded-lg bg-slate-50 p-4">
            <h3 className="mb-3 text-sm font-medium text-slate-700">Live check</h3>
            <DesignHealth design={design} />
          </aside>
        </div>
      ) : (
        <p className="text-sm text-slate-600">Pick regions in step 2 first.</p>
      )}
    </StepFrame>
  );
}
