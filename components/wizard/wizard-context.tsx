"use client";

import { createContext, useContext, useReducer, type Dispatch, type ReactNode } from "react";
import { useWizardCheck, type WizardCheck } from "./use-wizard-check";
import { INITIAL_STATE, wizardReducer, type WizardAction, type WizardState } from "./wizard-state";

interface WizardContextValue extends WizardCheck {
  state: WizardState;
  dispatch: Dispatch<WizardAction>;
}

const WizardContext = createContext<WizardContextValue | null>(null);

/** Holds the wizard's one state (a reducer) and what it designs, for every step below. */
export function WizardProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(wizardReducer, INITIAL_STATE);
  const check = useWizardCheck(state);
  return <WizardContext.Provider value={{ state, dispatch, ...check }}>{children}</WizardContext.Provider>;
}

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error("useWizard must be used inside <WizardProvider>");
  return value;
}

/** Whether a step's messages should show: once the user tried to leave it. */
export function useShowIssues(step: number): boolean {
  return useWizard().state.tried[step] ?? false;
}
