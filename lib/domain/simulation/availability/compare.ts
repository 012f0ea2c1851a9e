// Two designs' expected downtime side by side, as the version diff shows it:
// "v7 -> v8: expected downtime 52 -> 4 minutes a year".

import type { AvailabilityResult } from "./types";

export interface AvailabilityComparison {
  beforeDowntimeMinutesPerYear: number;
  afterDowntimeMinutesPerYear: number;
  /** After minus before: negative when the change removes downtime. */
  changeMinutesPerYear: number;
  sentence: string;
}

/** Minutes for people: whole minutes from 10 up, one decimal from 0.1, two significant digits below. */
export function formatDowntimeMinutes(minutes: number): string {
  if (!Number.isFinite(minutes)) return String(minutes);
  if (minutes === 0) return "0";
  if (minutes >= 10) return String(Math.round(minutes));
  if (minutes >= 0.1) return String(+minutes.toFixed(1));
  return String(+minutes.toPrecision(2));
}

type Downtime = Pick<AvailabilityResult, "downtimeMinutesPerYear">;

export function compareAvailability(before: Downtime, after: Downtime, labels: { before?: string; after?: string } = {}): AvailabilityComparison {
  const from = formatDowntimeMinutes(before.downtimeMinutesPerYear);
  const to = formatDowntimeMinutes(after.downtimeMinutesPerYear);
  const unit = to === "1" ? "minute" : "minutes";
  const prefix = labels.before !== undefined && labels.after !== undefined ? `${labels.before} -> ${labels.after}: ` : "";
  return {
    beforeDowntimeMinutesPerYear: before.downtimeMinutesPerYear,
    afterDowntimeMinutesPerYear: after.downtimeMinutesPerYear,
    changeMinutesPerYear: after.downtimeMinutesPerYear - before.downtimeMinutesPerYear,
    sentence: `${prefix}expected downtime ${from} -> ${to} ${unit} a year`,
  };
}
