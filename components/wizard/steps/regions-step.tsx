"use client";

import { CostSummary } from "../cost-summary";
import { LatencyTable } from "../latency-table";
import { PickedRegions } from "../picked-regions";
import { ProviderToggles } from "../provider-toggles";
import { RegionLists } from "../region-lists";
import { StepFrame } from "../step-frame";
import { StepStatus } from "../step-status";
import { useWizardNavigation } from "../use-wizard-navigation";
import { useShowIssues, useWizard } from "../wizard-context";
import { WizardMap } from "../wizard-map";

const STEP = 1;

function nodeCount(doc: { nodeGroups: { count: number }[] }) {
  return doc.nodeGroups.reduce((sum, g) => sum + g.count, 0);
}

/** Step 2: clouds and their regions, with the map, the round trips and the running cost as regions are picked. */
export function RegionsStep() {
  const { state, issuesByStep, design } = useWizard();
  const { next } = useWizardNavigation();
  const shown = useShowIssues(STEP);
  const issues = issuesByStep[STEP] ?? [];
  // A problem with a picked region shows at once; "choose at least one..." waits until Next.
  const visible = shown ? issues : issues.filter((i) => /^regions\.\d+/.test(i.field));
  const { regions } = state.draft;

  return (
    <StepFrame step={STEP} onSubmit={next} status={<StepStatus issues={issues} shown={shown} />}
      description="Tick the clouds to run on, then pick regions from each list. The first region is the primary.">
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)] gap-8">
        <div className="flex flex-col gap-5">
          <ProviderToggles issues={visible.filter((i) => i.field.startsWith("providers"))} />
          <RegionLists />
        </div>
        <div className="flex flex-col gap-4">
          <section aria-labelledby="picked-heading">
            <h3 id="picked-heading" className="mb-2 text-sm font-medium text-slate-700">Picked regions ({regions.length})</h3>
            <PickedRegions issues={visible.filter((i) => i.field.startsWith("regions"))} />
          </section>
          {design && regions.length > 0 ? (
            <>
              <WizardMap doc={design.document} />
              <section aria-labelledby="latency-heading">
                <h3 id="latency-heading" className="mb-2 text-sm font-medium text-slate-700">Round-trip latency</h3>
                <LatencyTable regions={regions} />
              </section>
              <section aria-labelledby="running-cost-heading">
                <h3 id="running-cost-heading" className="mb-2 text-sm font-medium text-slate-700">Running cost of the proposed network</h3>
                <CostSummary cost={design.cost} nodes={nodeCount(design.document)} budget={design.document.budgetMonthlyUsd} />
              </section>
            </>
          ) : null}
        </div>
      </div>
    </StepFrame>
  );
}
