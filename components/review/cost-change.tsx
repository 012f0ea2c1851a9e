import clsx from "clsx";
import { formatUsd } from "@/components/designer/format";
import type { CostDelta } from "@/lib/domain/diff/impact-diff";
import { PROVIDER_LABELS, PROVIDERS } from "@/lib/domain/schema";
import { formatUsdDelta } from "./format-change";
import { SummaryCard } from "./summary-card";

/** The estimated monthly bill before and after, overall and per cloud that changed. */
export function CostChange({ cost }: { cost: CostDelta }) {
  const providers = PROVIDERS.filter((p) => Math.round(cost.byProvider[p].deltaMonthlyUsd) !== 0);
  return (
    <SummaryCard title="Cost">
      <p>
        {formatUsd(cost.beforeMonthlyUsd)} → <strong className="font-semibold">{formatUsd(cost.afterMonthlyUsd)}</strong>
        <span className="text-slate-600">/month</span>
      </p>
      <p className={clsx("mt-0.5 font-medium", cost.deltaMonthlyUsd > 0 ? "text-sev-error" : cost.deltaMonthlyUsd < 0 ? "text-ok" : "text-slate-600")} data-testid="cost-delta">
        {formatUsdDelta(cost.deltaMonthlyUsd)}
      </p>
      {providers.length ? (
        <ul className="mt-2 space-y-0.5 text-xs text-slate-600">
          {providers.map((p) => <li key={p}>{PROVIDER_LABELS[p]}: {formatUsdDelta(cost.byProvider[p].deltaMonthlyUsd)}</li>)}
        </ul>
      ) : null}
      <p className="mt-2 text-xs text-slate-500">List prices, estimated.</p>
    </SummaryCard>
  );
}
