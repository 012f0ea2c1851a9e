import clsx from "clsx";
import type { AvailabilityDelta } from "@/lib/domain/diff/impact-diff";
import { describeSampling, formatAvailabilityPercent, formatDowntimeChange } from "./availability-text";
import { SummaryCard } from "./summary-card";

/** Expected minutes a year without block production before and after, from the providers' published SLAs. */
export function AvailabilityChange({ availability, from, to }: { availability: AvailabilityDelta; from: number; to: number }) {
  const { before, after, changeMinutesPerYear, withinSamplingError } = availability;
  const sampling = [describeSampling(from, before), describeSampling(to, after)].filter((line): line is string => line !== null);
  const halted = [{ version: from, side: before }, { version: to, side: after }].filter((v) => v.side.probability === 0).map((v) => `v${v.version}`);
  return (
    <SummaryCard title="Availability">
      <p data-testid="availability-sentence">{availability.sentence}</p>
      <p className="mt-0.5 text-slate-600">
        {formatAvailabilityPercent(before.probability)} → <strong className="font-semibold text-slate-800">{formatAvailabilityPercent(after.probability)}</strong> chance of producing blocks
      </p>
      <p
        className={clsx("mt-0.5 font-medium", withinSamplingError ? "text-slate-600" : changeMinutesPerYear > 0 ? "text-sev-error" : changeMinutesPerYear < 0 ? "text-ok" : "text-slate-600")}
        data-testid="availability-delta"
      >
        {formatDowntimeChange(availability)}
      </p>
      {halted.length ? <p className="mt-1.5 text-sev-error">{halted.join(" and ")} cannot produce blocks even with everything up.</p> : null}
      {sampling.length ? (
        <ul className="mt-2 space-y-0.5 text-xs text-slate-600">
          {sampling.map((line) => <li key={line}>{line}</li>)}
        </ul>
      ) : null}
      <p className="mt-2 text-xs text-slate-500">From the providers&apos; published SLAs; losing a whole cloud is an assumption.</p>
    </SummaryCard>
  );
}
