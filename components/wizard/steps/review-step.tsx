"use client";

import { Rocket } from "lucide-react";
import { Button } from "@/components/ui/button";
import { AnswersSummary } from "../answers-summary";
import { CostSummary } from "../cost-summary";
import { FailureDomains } from "../failure-domains";
import { FindingsList } from "../findings-list";
import { QdqOriginNote } from "../qdq-origin-note";
import { ReviewVerdict } from "../review-verdict";
import { StepFrame } from "../step-frame";
import { useCreateNetwork } from "../use-create-network";
import { useWizardNavigation } from "../use-wizard-navigation";
import { useWizard } from "../wizard-context";
import { WizardMap } from "../wizard-map";

const STEP = 4;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h3 id={id} className="text-sm font-semibold text-slate-800">{title}</h3>
      {children}
    </section>
  );
}

/** Step 5: the answers, findings, failure verdicts, cost and map of the design, then "Create network". */
export function ReviewStep() {
  const { state, design } = useWizard();
  const { ensureComplete } = useWizardNavigation();
  const create = useCreateNetwork();
  const onCreate = () => {
    if (!ensureComplete() || !design) return;
    void create.submit(design.document);
  };

  return (
    <StepFrame step={STEP} onSubmit={onCreate}
      description="Check the design. Creating it saves version 1 and opens it in the designer, where you can change anything."
      status={create.error ? <span role="alert" className="text-sev-error">{create.error}</span> : null}
      primary={
        <Button type="submit" variant="primary" disabled={create.busy}>
          <Rocket size={16} aria-hidden /> {create.busy ? "Creating…" : "Create network"}
        </Button>
      }>
      {state.origin.kind === "qdq" ? <QdqOriginNote warnings={state.origin.warnings} /> : null}
      {design ? (
        <>
          <ReviewVerdict design={design} />
          <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)] gap-8">
            <div className="flex flex-col gap-6">
              <Section id="review-answers" title="Your answers"><AnswersSummary design={design} /></Section>
              <Section id="review-findings" title="Findings"><FindingsList findings={design.validation.findings} /></Section>
              <Section id="review-cost" title="Cost per month">
                <CostSummary cost={design.cost} nodes={design.document.nodeGroups.reduce((s, g) => s + g.count, 0)} budget={design.document.budgetMonthlyUsd} />
              </Section>
            </div>
            <div className="flex flex-col gap-6">
              <Section id="review-map" title="Diagram"><WizardMap doc={design.document} className="h-72 w-full" /></Section>
              <Section id="review-failures" title="Failure domains"><FailureDomains analysis={design.validation.failureDomains} /></Section>
            </div>
          </div>
        </>
      ) : (
        <p className="text-sm text-slate-600">Pick regions in step 2 first.</p>
      )}
    </StepFrame>
  );
}
