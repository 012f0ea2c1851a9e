"use client";

import { createContext, useContext, useEffect, useReducer, useState, type Dispatch, type ReactNode } from "react";
import { useWizardCheck, type WizardCheck } from "./use-wizard-check";
import { INITIAL_STATE, wizardReducer, type WizardAction, type WizardState } from "./wizard-state";
import { browserSessionStorage, clearWizardState, loadWizardState, saveWizardState } from "./wizard-storage";

interface WizardContextValue extends WizardCheck {
  state: WizardState;
  dispatch: Dispatch<WizardAction>;
}

const WizardContext = createContext<WizardContextValue | null>(null);

/** Holds the wizard's one state (a reducer) and what it designs, for every step below. */
export function WizardProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(wizardReducer, INITIAL_STATE);
  useSessionPersistence(state, dispatch);
  const check = useWizardCheck(state);
  return <WizardContext.Provider value={{ state, dispatch, ...check }}>{children}</WizardContext.Provider>;
}

/**
 * Restores the saved answers once mounted (not during render, so the server's HTML still matches), then saves
 * every change; the untouched defaults (a fresh start, or "Start over") leave nothing behind.
 */
function useSessionPersistence(state: WizardState, dispatch: Dispatch<WizardAction>) {
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    const saved = loadWizardState(browserSessionStorage());
    if (saved) dispatch({ type: "restore", state: saved });
    setRestored(true);
  }, [dispatch]);
  useEffect(() => {
    if (!restored) return;
    if (state === INITIAL_STATE) clearWizardState(browserSessionStorage());
    else saveWizardState(browserSessionStorage(), state);
  }, [restored, state]);
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
