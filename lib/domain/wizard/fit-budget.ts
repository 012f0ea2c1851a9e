// The proposal's sizing against the budget: the standard shape unless it is over budget and the economy
// shape is cheaper. The validator count is never cut for money: that would break the tolerance asked for.

import { priceTopology } from "../cost";
import type { TopologyDocument } from "../schema";
import { info, warning, type WizardNote } from "./notes";
import type { Sizing } from "./sizing";

const usd = (n: number) => `$${Math.round(n).toLocaleString("en-US")}`;

export interface Fitted {
  document: TopologyDocument;
  monthlyCostUsd: number;
  notes: WizardNote[];
}

export function fitBudget(build: (sizing: Sizing) => TopologyDocument, budget: number | undefined): Fitted {
  const standard = build("standard");
  const standardCost = priceTopology(standard).totalMonthlyUsd;
  if (budget === undefined) return { document: standard, monthlyCostUsd: standardCost, notes: [] };
  if (standardCost <= budget) {
    return { document: standard, monthlyCostUsd: standardCost, notes: [info("budget.within", `Estimated ${usd(standardCost)}/month, within the ${usd(budget)} budget.`)] };
  }
  const economy = build("economy");
  const economyCost = priceTopology(economy).totalMonthlyUsd;
  if (economyCost >= standardCost) return { document: standard, monthlyCostUsd: standardCost, notes: [overBudget("Estimated", standardCost, budget)] };
  const notes = [info("budget.economy", `The standard sizing (${usd(standardCost)}/month) is over the ${usd(budget)} budget, so nodes run on VMs with smaller sizes (${usd(economyCost)}/month).`)];
  notes.push(economyCost <= budget
    ? info("budget.within", `Estimated ${usd(economyCost)}/month, within the ${usd(budget)} budget.`)
    : overBudget("Even the smaller sizing costs an estimated", economyCost, budget));
  return { document: economy, monthlyCostUsd: economyCost, notes };
}

function overBudget(lead: string, cost: number, budget: number): WizardNote {
  return warning(
    "budget.over",
    `${lead} ${usd(cost)}/month, ${usd(cost - budget)} over the ${usd(budget)} budget. The design already uses the fewest validators the chosen regions and tolerance allow; fewer regions or a lower tolerance would cost less.`,
  );
}
