"use client";

import type { FormEvent, KeyboardEvent, ReactNode } from "react";
import { WizardNav } from "./wizard-nav";
import { STEPS } from "./wizard-state";

export const STEP_HEADING_ID = "wizard-step-heading";

interface StepFrameProps {
  step: number;
  description: ReactNode;
  /** Runs on Next, or on Enter in a field; the review step creates the network instead. */
  onSubmit(): void;
  /** The review step's primary button; other steps say "Next". */
  primary?: ReactNode;
  /** Beside Back: the step's problems summarised ("2 things to fix"). */
  status?: ReactNode;
  children: ReactNode;
}

/**
 * One step: a form (so Enter in a field means Next), its heading (focused when the step opens), its body
 * and Back / Next. Enter on a radio button or checkbox advances too.
 */
export function StepFrame({ step, description, onSubmit, primary, status, children }: StepFrameProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === "Enter" && target instanceof HTMLInputElement && (target.type === "radio" || target.type === "checkbox")) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };
  return (
    <form
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
      aria-labelledby={STEP_HEADING_ID}
      data-wizard-step={STEPS[step]!.id}
      className="rounded-lg border border-slate-200 bg-white"
    >
      <div className="border-b border-slate-100 px-6 pb-4 pt-5">
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Step {step + 1} of {STEPS.length}</p>
        {/* Focused by script when the step opens (not a control), so no focus ring; the inline style beats the global :focus-visible rule. */}
        <h2 id={STEP_HEADING_ID} tabIndex={-1} style={{ outline: "none" }} className="mt-0.5 text-lg font-semibold text-slate-900">
          {STEPS[step]!.title}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{description}</p>
      </div>
      <div className="px-6 py-5">{children}</div>
      <WizardNav primary={primary} status={status} />
    </form>
  );
}
