"use client";

import { CONSENSUS_LABELS } from "@/lib/domain/consensus";
import type { Analysis } from "@/lib/client/editor/analysis";
import { useEditor } from "@/lib/client/editor/context";
import type { AvailabilityResult } from "@/lib/domain/simulation";
import { formatDowntimeMinutes } from "@/lib/domain/simulation/availability/compare";
import { formatAvailabilityPercent } from "@/lib/domain/simulation/format";
import { formatUsd } from "./format";
import type { Outage } from "./outage";
import { SaveIndicator } from "./save-indicator";

/** Cost, validators and quorum, the failure verdict (or the simulated outage's), and the save state. */
export function StatusBar({ analysis, outage, availability, onOpenSimulation }: {
  analysis: Analysis;
  outage: Outage | null;
  availability?: AvailabilityResult;
  onOpenSimulation(): void;
}) {
  const doc = useEditor((s) => s.doc);
  const fd = analysis.validation.failureDomains;
  const simulated = outage
    ? fd.domains.find((d) =>
        outage.kind === "provider" ? d.kind === "provider" && d.id === outage.provider : d.kind === "region" && d.regionIds.includes(outage.id),
      )
    : undefined;
  const verdict = outage
    ? simulated
      ? `${simulated.label} down: ${simulated.survives ? "the chain keeps producing blocks" : "the chain halts"}. ${simulated.reason}`
      : "Simulated outage: nothing of the network is lost."
    : fd.summary;
  return (
    <footer className="flex h-8 shrink-0 items-center gap-4 border-t border-slate-200 bg-slate-50 px-3 text-xs text-slate-700" aria-label="Status">
      <span title="Monthly cost at list prices">
        <strong className="font-semibold">{formatUsd(analysis.monthlyUsd)}</strong>/month
      </span>
      <span>
        {fd.validators} validator{fd.validators === 1 ? "" : "s"} · quorum {fd.quorum} · {CONSENSUS_LABELS[doc.network.consensus] ?? doc.network.consensus}
      </span>
      <span
        role="status"
        className={simulated && !simulated.survives ? "min-w-0 flex-1 truncate font-medium text-sev-error" : outage ? "min-w-0 flex-1 truncate font-medium text-ok" : "min-w-0 flex-1 truncate"}
        title={verdict}
        data-testid="failure-verdict"
      >
        {verdict}
      </span>
      {availability ? (
        <button type="button" onClick={onOpenSimulation} className="whitespace-nowrap rounded px-1 hover:bg-slate-200" data-testid="availability-status"
          title={`Chance the chain can produce blocks, from the providers' SLAs (${availability.method === "exact" ? "exact" : "Monte Carlo"}); open the simulation for the assumptions`}>
          {formatAvailabilityPercent(availability.probability)} available · ~{formatDowntimeMinutes(availability.downtimeMinutesPerYear)} min/year without blocks
        </button>
      ) : null}
      <span className="text-slate-500" title="Time the rule engine took on this design">checked in {analysis.validationMs.toFixed(1)} ms</span>
      <SaveIndicator />
    </footer>
  );
}
