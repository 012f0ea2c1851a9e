"use client";

import { useMemo } from "react";
import { designFor, proposalFor, type WizardDesign } from "./design";
import { readAnswers, stepOfField, type FieldIssue } from "./read-answers";
import { countIssues, validEdits } from "./role-counts";
import { STEPS, type WizardState } from "./wizard-state";

export interface WizardCheck {
  design: WizardDesign | null;
  /** Per step (index into STEPS), the problems that keep it from being done. */
  issuesByStep: FieldIssue[][];
}

/**
 * The design and the per-step problems, recomputed only when what they depend on changes: typing the
 * name doesn't re-run the proposal, and count edits don't either.
 */
export function useWizardCheck(state: WizardState): WizardCheck {
  const { draft, counts } = state;
  const { input, issues } = useMemo(() => readAnswers(draft), [draft]);
  // The proposal doesn't depend on the name (it is set on the result), so the key leaves it out.
  const proposalKey = JSON.stringify({ ...input, name: "Untitled network" });
  const proposal = useMemo(() => proposalFor(JSON.parse(proposalKey)), [proposalKey]);
  const edits = useMemo(() => validEdits(counts), [counts]);
  const design = useMemo(() => (proposal ? designFor(proposal, input.name, edits) : null), [proposal, input.name, edits]);
  const issuesByStep = useMemo(() => {
    const all = [...issues, ...(design ? countIssues(counts, draft.regions, design.effective) : [])];
    return STEPS.map((_, step) => all.filter((i) => stepOfField(i.field) === step));
  }, [issues, design, counts, draft.regions]);
  return { design, issuesByStep };
}
