"use client";

import clsx from "clsx";
import { Check } from "lucide-react";
import { useWizardNavigation } from "./use-wizard-navigation";
import { STEPS } from "./wizard-state";

/** The five steps, always visible: done ones ticked, the current one marked, reachable ones pressable. */
export function WizardStepper() {
  const { step, canVisit, visit } = useWizardNavigation();
  return (
    <nav aria-label="Wizard steps" className="mb-4">
      <ol className="flex items-center gap-2">
        {STEPS.map((s, i) => {
          const current = i === step;
          const done = i < step;
          return (
            <li key={s.id} className="flex min-w-0 flex-1 items-center gap-2">
              <button
                type="button"
                onClick={() => visit(i)}
                disabled={!canVisit(i)}
                aria-current={current ? "step" : undefined}
                data-testid={`wizard-step-${s.id}`}
                className={clsx(
                  "flex min-w-0 items-center gap-2 rounded-md px-1.5 py-1 text-left text-sm",
                  current ? "font-semibold text-slate-900" : done ? "text-slate-700 hover:bg-slate-100" : "text-slate-600 enabled:hover:bg-slate-100",
                  "disabled:cursor-default",
                )}
              >
                <span
                  aria-hidden
                  className={clsx(
                    "flex size-6 shrink-0 items-center justify-center rounded-full border text-xs",
                    current ? "border-blue-700 bg-blue-700 text-white" : done ? "border-blue-700 bg-white text-blue-700" : "border-slate-300 bg-white text-slate-600",
                  )}
                >
                  {done ? <Check size={13} /> : i + 1}
                </span>
                <span className="truncate">
                  <span className="sr-only">Step {i + 1}: </span>
                  {s.label}
                  {done ? <span className="sr-only"> (done)</span> : null}
                </span>
              </button>
              {i < STEPS.length - 1 ? <span aria-hidden className="h-px min-w-4 flex-1 bg-slate-300" /> : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
