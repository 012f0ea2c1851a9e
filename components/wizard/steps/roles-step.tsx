"use client";

import { explainSpread } from "../design";
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
  const { issuesByStep, design, state } = useWizard();
  const { next } = useWizardNavigation();
  const shown = useShowIssues(STEP);
  const issues = issuesByStep[STEP] ?? [];
  const explanation = design ? explainSpread(design, state.origin.kind === "qdq") : null;

  return (
    <StepFrame step={STEP} onSubmit={next} status={<StepStatus issues={issues} shown={shown} />}
      description={`${state.origin.kind === "qdq" ? "The node counts come from your QDQ input." : "Meridian spread the nodes to meet your answers."} Change any count; the checks on the right follow every change.`}>
      {design && explanation ? (
        <div className="grid grid-cols-[minmax(0,3fr)_minmax(0,2fr)] gap-8">
          <div className="flex flex-col gap-5">
            <RoleCountTable issues={issues} proposed={design.proposed} effective={design.effective} />
            <section aria-labelledby="proposal-notes-heading">
              <h3 id="proposal-notes-heading" className="mb-2 text-sm font-medium text-slate-700">{explanation.heading}</h3>
              {explanation.intro ? <p className="mb-2 text-sm text-slate-600">{explanation.intro}</p> : null}
              <ProposalNotes label="About the spread" notes={explanation.notes}
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
