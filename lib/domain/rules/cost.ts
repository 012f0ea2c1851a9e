// Cost pack: the document's own budget. (An organisation's ceiling is the policy pack's.)

import { PROVIDER_LABELS, PROVIDERS, type TopologyDocument } from "../schema";
import { defineRule } from "./define-rule";
import { formatUsd } from "./labels";
import type { CostEstimateSummary } from "./types";

/** The budget, and what the cost estimate is computed from (see `RuleServices.priceTopology`). */
export function costInputs(doc: TopologyDocument): readonly unknown[] {
  return [doc.budgetMonthlyUsd, doc.network, doc.regions, doc.nodeGroups, doc.links];
}

export function costBreakdown(estimate: CostEstimateSummary): string {
  const parts = PROVIDERS.flatMap((p) => {
    const amount = estimate.byProvider?.[p];
    return amount ? [`${PROVIDER_LABELS[p]} ${formatUsd(amount)}`] : [];
  });
  return parts.length > 1 ? ` (${parts.join(", ")})` : "";
}

export const budgetExceeded = defineRule(
  {
    code: "cost.budget.exceeded", pack: "cost", severity: "warning",
    description: "The estimated monthly cost should stay within the document's budget.",
    inputs: costInputs,
  },
  (doc, ctx, emit) => {
    const budget = doc.budgetMonthlyUsd;
    if (budget === undefined) return;
    const estimate = ctx.cost();
    if (!estimate || estimate.totalMonthlyUsd <= budget) return;
    emit({
      target: { kind: "document" },
      message: `Estimated cost ${formatUsd(estimate.totalMonthlyUsd)}${costBreakdown(estimate)} exceeds the budget of ${formatUsd(budget)} by ${formatUsd(estimate.totalMonthlyUsd - budget)}.`,
    });
  },
);

export const COST_RULES = [budgetExceeded];
