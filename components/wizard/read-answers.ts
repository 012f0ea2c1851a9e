// The draft as the domain's answers, and every problem with it keyed by field, so each step shows its own
// messages beside the field they are about. The checks are the domain's (WizardAnswersSchema); only the
// typed numbers and the name get friendlier wording here.

import { WizardAnswersSchema, type WizardAnswersInput } from "@/lib/domain/wizard";
import type { WizardDraft } from "./wizard-state";

/** A problem with one field: "name", "chainId", "budget", "providers", "providers.1", "regions", "regions.2". */
export interface FieldIssue {
  field: string;
  message: string;
}

const MAX_CHAIN_ID = 4_294_967_295;

/** "choose at least one region" → "Choose at least one region." */
export function sentence(message: string): string {
  const trimmed = message.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

export function parseBudget(text: string): number | undefined | "invalid" {
  const cleaned = text.replace(/[$,\s]/g, "");
  if (cleaned === "") return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) && value > 0 && value <= 1e9 ? value : "invalid";
}

export function readAnswers(draft: WizardDraft): { input: WizardAnswersInput; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const name = draft.name.trim();
  if (!name) issues.push({ field: "name", message: "Give the network a name." });
  else if (name.length > 120) issues.push({ field: "name", message: "Keep the name to 120 characters or fewer." });

  const chainText = draft.chainId.trim();
  const chainId = /^\d+$/.test(chainText) ? Number(chainText) : NaN;
  const chainOk = Number.isSafeInteger(chainId) && chainId >= 1 && chainId <= MAX_CHAIN_ID;
  if (!chainOk) issues.push({ field: "chainId", message: `The chain ID is a whole number from 1 to ${MAX_CHAIN_ID.toLocaleString("en-US")}.` });

  const budget = parseBudget(draft.budget);
  if (budget === "invalid") issues.push({ field: "budget", message: "The budget is an amount in US dollars per month, more than 0, such as 2500." });

  const input: WizardAnswersInput = {
    name: name || "Untitled network",
    client: draft.client,
    consensus: draft.consensus,
    providers: draft.providers,
    regions: draft.regions,
    tolerance: draft.tolerance,
    packs: draft.packs,
    chainId: chainOk ? chainId : 1337,
    existing: draft.existing,
    ...(typeof budget === "number" ? { budgetMonthlyUsd: budget } : {}),
  };

  const parsed = WizardAnswersSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, index] = issue.path;
      // Name, chain ID and budget are checked above in plainer words.
      if (head === "name" || head === "chainId" || head === "budgetMonthlyUsd") continue;
      const field = typeof index === "number" ? `${String(head)}.${index}` : String(head ?? "form");
      issues.push({ field, message: sentence(issue.message) });
    }
  }
  return { input, issues };
}

/** Which step each field belongs to (index into STEPS). */
const FIELD_STEP: Record<string, number> = {
  name: 0, client: 0, consensus: 0, chainId: 0,
  providers: 1, regions: 1,
  tolerance: 2, packs: 2, budget: 2,
};

export function stepOfField(field: string): number {
  if (field.startsWith("count:")) return 3;
  return FIELD_STEP[field.split(".")[0]!] ?? 0;
}

/** The message for one field, if any. */
export function issueFor(issues: readonly FieldIssue[], field: string): string | undefined {
  return issues.find((i) => i.field === field)?.message;
}

/** Messages for a field and every item under it ("regions" and "regions.0", ...). */
export function issuesUnder(issues: readonly FieldIssue[], field: string): FieldIssue[] {
  return issues.filter((i) => i.field === field || i.field.startsWith(`${field}.`));
}
