import type { AvailabilityDelta, AvailabilitySide } from "@/lib/domain/diff/impact-diff";
import { formatDowntimeMinutes } from "@/lib/domain/simulation/availability";

/** Four decimals of a percent: 99.9400% and 99.9825% differ in the last ones. */
export const formatAvailabilityPercent = (probability: number) => `${(probability * 100).toFixed(4)}%`;

/** The change in expected downtime: "−223 minutes a year", "+4.5 minutes a year", "no change", or noise when sampling cannot tell. */
export function formatDowntimeChange(delta: AvailabilityDelta): string {
  if (delta.withinSamplingError) return "within sampling error";
  const shown = formatDowntimeMinutes(Math.abs(delta.changeMinutesPerYear));
  if (shown === "0") return "no change";
  return `${delta.changeMinutesPerYear > 0 ? "+" : "−"}${shown} minute${shown === "1" ? "" : "s"} a year`;
}

/** How a sampled side was computed: its trials, seed and 95% interval; nothing for an exact side. */
export function describeSampling(version: number, side: AvailabilitySide): string | null {
  const interval = side.downtimeMinutesPerYearConfidence95;
  if (side.method !== "monte-carlo" || !interval || side.trials === undefined || side.seed === undefined) return null;
  const trials = String(side.trials).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `v${version}: Monte Carlo, ${trials} trials, seed ${side.seed}, 95% interval ${formatDowntimeMinutes(interval.low)}–${formatDowntimeMinutes(interval.high)} minutes a year`;
}
