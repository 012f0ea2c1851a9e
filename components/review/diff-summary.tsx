import type { VersionComparison } from "@/lib/domain/api";
import { AvailabilityChange } from "./availability-change";
import { CostChange } from "./cost-change";
import { FindingsChange } from "./findings-change";
import { SummaryCard } from "./summary-card";
import { ToleranceChange } from "./tolerance-change";

/** The comparison at a glance: how much changed, and what it does to the bill, the failure tolerance, the expected downtime and the findings. */
export function DiffSummary({ comparison }: { comparison: VersionComparison }) {
  const { counts, layout } = comparison.structure;
  return (
    <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3 2xl:grid-cols-5">
      <SummaryCard title="Structure">
        <p data-testid="change-counts">
          {counts.added} added · {counts.removed} removed · {counts.changed} changed
        </p>
        <p className="mt-0.5 text-slate-600">{counts.settings} setting{counts.settings === 1 ? "" : "s"} changed</p>
        {layout ? <p className="mt-1.5 text-xs text-slate-500">Canvas positions moved too.</p> : null}
      </SummaryCard>
      <CostChange cost={comparison.cost} />
      <ToleranceChange tolerance={comparison.tolerance} />
      <AvailabilityChange availability={comparison.availability} from={comparison.from} to={comparison.to} />
      <FindingsChange findings={comparison.findings} />
    </div>
  );
}
