"use client";

import { Field } from "@/components/ui/field";
import { CONSENSUS_LABELS } from "@/lib/domain/consensus";
import { COMPLIANCE_PACKS } from "@/lib/domain/schema";
import { minimumDomains, type Tolerance } from "@/lib/domain/wizard";
import { ChoiceCard } from "../choice-card";
import { PACK_CHOICES, TOLERANCE_CHOICES } from "../choices";
import { CostSummary } from "../cost-summary";
import { ProposalNotes } from "../proposal-notes";
import { issueFor } from "../read-answers";
import { StepFrame } from "../step-frame";
import { StepStatus } from "../step-status";
import { useWizardNavigation } from "../use-wizard-navigation";
import { useShowIssues, useWizard } from "../wizard-context";

const STEP = 2;
const TOLERANCES: Tolerance[] = ["none", "region", "provider"];

/** Step 3: which outage to survive, which compliance packs to check, and an optional monthly budget. */
export function ResilienceStep() {
  const { state, dispatch, issuesByStep, design } = useWizard();
  const { next } = useWizardNavigation();
  const shown = useShowIssues(STEP);
  const issues = issuesByStep[STEP] ?? [];
  const { draft } = state;
  const needed = minimumDomains(draft.consensus);
  const clouds = new Set(draft.regions.map((r) => r.provider)).size;
  const need = (t: Tolerance) => {
    if (t === "none") return null;
    const [have, noun] = t === "region" ? [draft.regions.length, "regions"] : [clouds, "clouds"];
    return (
      <span className={`mt-1 block ${have < needed ? "text-sev-warning" : "text-slate-500"}`}>
        {CONSENSUS_LABELS[draft.consensus]} needs {needed}+ {noun}; you have {have}.
      </span>
    );
  };

  return (
    <StepFrame step={STEP} onSubmit={next} status={<StepStatus issues={issues} shown={shown} />}
      description="Say what the network must survive and which rules it must follow; the proposal is sized to match.">
      <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,1fr)] gap-8">
        <div className="flex flex-col gap-6">
          <fieldset>
            <legend className="mb-2 text-sm font-medium text-slate-700">Failure tolerance</legend>
            <div className="grid grid-cols-3 gap-2">
              {TOLERANCES.map((t) => (
                <ChoiceCard key={t} type="radio" name="tolerance" value={t} checked={draft.tolerance === t}
                  onChange={() => dispatch({ type: "set", patch: { tolerance: t } })} title={TOLERANCE_CHOICES[t].title}
                  description={<>{TOLERANCE_CHOICES[t].description}{need(t)}</>} />
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend className="mb-2 text-sm font-medium text-slate-700">Compliance packs <span className="font-normal text-slate-500">(optional)</span></legend>
            <div className="grid grid-cols-3 gap-2">
              {COMPLIANCE_PACKS.map((p) => (
                <ChoiceCard key={p} type="checkbox" name="packs" value={p} checked={draft.packs.includes(p)}
                  onChange={() => dispatch({ type: "togglePack", pack: p })} {...PACK_CHOICES[p]} />
              ))}
            </div>
          </fieldset>
          <Field label="Monthly budget in US dollars (optional)" inputMode="decimal" value={draft.budget} placeholder="e.g. 2500" className="w-72"
            hint="Over budget, the proposal uses smaller sizes; it never cuts validators below what the tolerance needs."
            onChange={(e) => dispatch({ type: "set", patch: { budget: e.target.value } })} error={shown ? issueFor(issues, "budget") : undefined} />
        </div>
        <aside aria-label="What the proposal does" className="flex flex-col gap-4 rounded-lg bg-slate-50 p-4">
          <h3 className="text-sm font-medium text-slate-700">What the proposal does</h3>
          {design ? (
            <>
              <ProposalNotes label="Tolerance and budget notes"
                // Tolerance as the counts shown (imported or edited) give it, like the cost below; the rest is the proposal's.
                notes={[...design.proposal.notes.filter((n) => !["tolerance.met", "tolerance.unmet", "tolerance.none"].includes(n.code)), ...design.notes]}
                codes={["tolerance.met", "tolerance.unmet", "tolerance.none", "tolerance.raised", "budget.within", "budget.economy", "budget.over", "compliance"]} />
              <CostSummary cost={design.cost} nodes={design.document.nodeGroups.reduce((s, g) => s + g.count, 0)} budget={design.document.budgetMonthlyUsd} />
            </>
          ) : (
            <p className="text-sm text-slate-600">Pick regions in step 2 to see what they can survive.</p>
          )}
        </aside>
      </div>
    </StepFrame>
  );
}
