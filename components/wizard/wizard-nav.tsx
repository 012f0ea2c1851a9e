"use client";

import { ArrowLeft, ArrowRight } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useWizardNavigation } from "./use-wizard-navigation";

/** Back and Next (a submit button, so Enter in a field presses it), kept in view at the bottom of the page. */
export function WizardNav({ primary, status }: { primary?: ReactNode; status?: ReactNode }) {
  const { step, back } = useWizardNavigation();
  return (
    <div className="sticky bottom-0 z-10 flex items-center gap-3 rounded-b-lg border-t border-slate-200 bg-white/95 px-6 py-3 backdrop-blur">
      <Button onClick={back} disabled={step === 0}>
        <ArrowLeft size={16} aria-hidden /> Back
      </Button>
      <div className="min-w-0 flex-1 text-sm text-slate-600">{status}</div>
      {primary ?? (
        <Button type="submit" variant="primary">
          Next <ArrowRight size={16} aria-hidden />
        </Button>
      )}
    </div>
  );
}
