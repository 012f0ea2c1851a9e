// What the wizard tells the user about its proposal. Codes are stable (the UI and tests match on them).

export type WizardNoteCode =
  | "tolerance.met"
  | "tolerance.unmet"
  | "tolerance.none"
  | "tolerance.raised"
  | "consensus.quorum"
  | "validators.spread"
  | "link.single-path"
  | "compliance"
  | "budget.within"
  | "budget.economy"
  | "budget.over"
  | "validation";

export interface WizardNote {
  code: WizardNoteCode;
  severity: "info" | "warning";
  message: string;
}

export const info = (code: WizardNoteCode, message: string): WizardNote => ({ code, severity: "info", message });
export const warning = (code: WizardNoteCode, message: string): WizardNote => ({ code, severity: "warning", message });
