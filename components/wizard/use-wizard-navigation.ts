"use client";

import { useCallback } from "react";
import { useWizard } from "./wizard-context";
import { REVIEW_STEP } from "./wizard-state";

/** After the messages render: focus the first field that has one, so Enter-then-fix works from the keyboard. */
function focusFirstInvalid() {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>(
      "[data-wizard-step] [aria-invalid='true'], [data-wizard-step] [data-invalid='true'] button",
    );
    field?.focus();
  });
}

/** Back, Next and jumps from the stepper; a step can be left forwards only when it has no problems. */
export function useWizardNavigation() {
  const { state, dispatch, issuesByStep } = useWizard();
  const { step, reached } = state;

  /** The first step before `target` that still has problems, or -1. */
  const firstBlocked = useCallback(
    (target: number) => issuesByStep.slice(0, target).findIndex((issues) => issues.length > 0),
    [issuesByStep],
  );

  const next = useCallback(() => {
    if ((issuesByStep[step]?.length ?? 0) > 0) {
      dispatch({ type: "showIssues", step });
      focusFirstInvalid();
      return false;
    }
    if (step < REVIEW_STEP) dispatch({ type: "goTo", step: step + 1 });
    return true;
  }, [dispatch, issuesByStep, step]);

  const back = useCallback(() => dispatch({ type: "goTo", step: step - 1 }), [dispatch, step]);

  /** Steps up to the furthest reached (or the next one); a jump past a step with problems shows them instead. */
  const canVisit = useCallback((target: number) => target <= Math.max(reached, step + 1), [reached, step]);

  const visit = useCallback(
    (target: number) => {
      if (target <= step) return dispatch({ type: "goTo", step: target });
      const blocked = firstBlocked(target);
      if (blocked === -1) return dispatch({ type: "goTo", step: target });
      // Show where the problem is rather than refusing silently.
      dispatch({ type: "goTo", step: blocked });
      dispatch({ type: "showIssues", step: blocked });
    },
    [dispatch, firstBlocked, step],
  );

  /** Before creating: every step done, or go to the first that is not and show why. */
  const ensureComplete = useCallback(() => {
    const blocked = firstBlocked(REVIEW_STEP);
    if (blocked === -1) return true;
    dispatch({ type: "goTo", step: blocked });
    dispatch({ type: "showIssues", step: blocked });
    return false;
  }, [dispatch, firstBlocked]);

  return { step, next, back, canVisit, visit, ensureComplete, stepHasIssues: (i: number) => (issuesByStep[i]?.length ?? 0) > 0 };
}
