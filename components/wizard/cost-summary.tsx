import { formatUsd } from "@/components/designer/format";
import type { TopologyCost } from "@/lib/domain/cost";
import { PROVIDER_LABELS, PROVIDERS } from "@/lib/domain/schema";
import { ProviderDot } from "./provider-dot";

interface CostSummaryProps {
  cost: TopologyCost;
  nodes: number;
  budget?: number;
}

/** The estimated monthly cost: the total, each provider's share in its colour, and the budget if there is one. */
export function CostSummary({ cost, nodes, budget }: CostSummaryProps) {
  const providers = PROVIDERS.filter((p) => cost.byProvider[p] > 0);
  const over = budget !== undefined && cost.totalMonthlyUsd > budget;
  return (
    <div className="rounded-md border border-slate-200 p-3" data-testid="wizard-cost">
      <p className="text-sm text-slate-600">Estimated cost</p>
      <p className="text-2xl font-semibold tabular-nums text-slate-900">
        {formatUsd(cost.totalMonthlyUsd)}<span className="text-sm font-normal text-slate-600"> / month</span>
      </p>
      <p className="text-xs text-slate-600">{nodes} nodes, list prices as of {cost.pricesAsOf}</p>
      {budget !== undefined ? (
        <p className={`mt-1 text-sm ${over ? "text-sev-warning" : "text-ok"}`}>
          {over ? `${formatUsd(cost.totalMonthlyUsd - budget)} over` : "Within"} the {formatUsd(budget)} / month budget
        </p>
      ) : null}
      {providers.length > 1 ? (
        <ul className="mt-2 flex flex-col gap-1 text-sm" aria-label="Cost by provider">
          {providers.map((p) => (
            <li key={p} className="flex items-center gap-2">
              <ProviderDot provider={p} />
              <span className="flex-1 text-slate-700">{PROVIDER_LABELS[p]}</span>
              <span className="tabular-nums text-slate-900">{formatUsd(cost.byProvider[p])} / month</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
