"use client";

import { formatAvailabilityPercent, formatDowntimeMinutes, type AvailabilityResult } from "@/lib/domain/simulation";

/** The chance the chain can produce blocks, minutes a year without, and what the figure rests on. */
export function AvailabilitySummary({ availability, progress }: { availability?: AvailabilityResult; progress?: { done: number; total: number } }) {
  return (
    <div className="flex flex-col gap-2 text-sm">
      {progress ? (
        <div className="flex items-center gap-2 text-xs text-slate-600">
          <progress className="h-1.5 flex-1" max={progress.total} value={progress.done} aria-label="Availability run progress" />
          {Math.floor((progress.done / Math.max(1, progress.total)) * 100)}%
        </div>
      ) : null}
      {availability ? (
        <>
          <p data-testid="availability-summary">
            Blocks can be produced <strong className="font-semibold">{formatAvailabilityPercent(availability.probability)}</strong> of the time:
            about <strong className="font-semibold">{formatDowntimeMinutes(availability.downtimeMinutesPerYear)} minutes a year</strong> without blocks
            {availability.downtimeMinutesPerYearConfidence95
              ? ` (95% interval ${formatDowntimeMinutes(availability.downtimeMinutesPerYearConfidence95.low)}–${formatDowntimeMinutes(availability.downtimeMinutesPerYearConfidence95.high)})`
              : ""}.
          </p>
          {availability.mostLikelyOutage ? (
            <p className="text-xs text-slate-600">
              Largest share: {availability.mostLikelyOutage.label} ({Math.round(availability.mostLikelyOutage.shareOfDowntime * 100)}% of the downtime).
            </p>
          ) : null}
          <p className="text-xs text-slate-500">
            {availability.method === "exact"
              ? `Exact, over every combination of ${availability.events.length} failure events.`
              : `Monte Carlo, ${availability.trials?.toLocaleString("en-US")} trials, seed ${availability.seed}.`}
          </p>
          <details className="text-xs text-slate-600">
            <summary className="cursor-pointer text-slate-700">Assumptions and sources</summary>
            <ul className="mt-1 list-disc space-y-1 pl-4">
              {availability.assumptions.map((line) => <li key={line}>{line}</li>)}
            </ul>
          </details>
        </>
      ) : progress ? null : (
        <p className="text-xs text-slate-500">Computing…</p>
      )}
    </div>
  );
}
