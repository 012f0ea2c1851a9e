"use client";

import { FileInput, LayoutTemplate, RotateCcw, SquarePlus } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { CreateTopologyDialog } from "@/components/topologies/create-topology-dialog";
import { Button } from "@/components/ui/button";
import { QdqImportDialog } from "./qdq-import-dialog";
import { STEP_HEADING_ID } from "./step-frame";
import { NetworkStep } from "./steps/network-step";
import { RegionsStep } from "./steps/regions-step";
import { ResilienceStep } from "./steps/resilience-step";
import { ReviewStep } from "./steps/review-step";
import { RolesStep } from "./steps/roles-step";
import { useWizard, WizardProvider } from "./wizard-context";
import { INITIAL_STATE } from "./wizard-state";
import { WizardStepper } from "./wizard-stepper";

const STEP_VIEWS = [NetworkStep, RegionsStep, ResilienceStep, RolesStep, ReviewStep];

/** The new-network wizard at /topologies/new: five steps, or a start from QDQ or from a blank network. */
export function NewNetworkWizard() {
  return (
    <WizardProvider>
      <WizardLayout />
    </WizardProvider>
  );
}

/** Each new step's heading takes focus, after any closing dialog has handed focus back (Radix does so on a timeout). */
function useFocusStepHeading(step: number) {
  const shown = useRef(step);
  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    const timer = setTimeout(() => document.getElementById(STEP_HEADING_ID)?.focus(), 0);
    return () => clearTimeout(timer);
  }, [step]);
}

function WizardLayout() {
  const { state, dispatch } = useWizard();
  const [qdqOpen, setQdqOpen] = useState(false);
  const [blankOpen, setBlankOpen] = useState(false);
  useFocusStepHeading(state.step);
  // The link goes away with the answers, so hand focus to the first step's heading.
  const startOver = () => {
    dispatch({ type: "reset" });
    setTimeout(() => document.getElementById(STEP_HEADING_ID)?.focus(), 0);
  };
  const StepView = STEP_VIEWS[state.step]!;

  return (
    <section aria-labelledby="wizard-title">
      <div className="mb-5 flex items-start justify-between gap-4">
        <div>
          <h1 id="wizard-title" className="text-xl font-semibold tracking-tight">New network</h1>
          <p className="text-sm text-slate-600">
            Five short steps; Meridian proposes a checked, priced network to refine in the designer.
            {state !== INITIAL_STATE ? (
              <>
                {" "}
                <button type="button" onClick={startOver}
                  className="inline-flex items-center gap-1 font-medium text-slate-700 underline underline-offset-2 hover:text-slate-900">
                  <RotateCcw size={12} aria-hidden /> Start over
                </button>
              </>
            ) : null}
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          <Link href="/templates" className="inline-flex h-9 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3.5 text-sm font-medium text-slate-800 hover:bg-slate-50">
            <LayoutTemplate size={16} aria-hidden /> Start from a template
          </Link>
          <Button onClick={() => setQdqOpen(true)}>
            <FileInput size={16} aria-hidden /> Start from QDQ
          </Button>
          <Button onClick={() => setBlankOpen(true)}>
            <SquarePlus size={16} aria-hidden /> Start from a blank network
          </Button>
        </div>
      </div>
      <WizardStepper />
      <StepView key={state.step} />
      <QdqImportDialog open={qdqOpen} onOpenChange={setQdqOpen} />
      {blankOpen ? <CreateTopologyDialog open onOpenChange={setBlankOpen} initialName={state.draft.name.trim()} /> : null}
    </section>
  );
}
