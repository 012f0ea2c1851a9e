import type { FailureEvent } from "../simulation/availability";
import type { PdfWriter } from "./pdf-layout";
import type { ReportAvailability } from "./types";

/** 1234.5 -> "1,234.5": the same in every runtime (toLocaleString depends on the ICU data bundled). */
const grouped = (n: number, decimals: number) => {
  const [whole, fraction] = n.toFixed(decimals).split(".");
  const trimmed = fraction?.replace(/0+$/, "");
  return whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (trimmed ? `.${trimmed}` : "");
};
/** Six decimals of a percent: the interesting digits of 99.99% availability are the last ones. */
export const percent = (p: number) => `${grouped(p * 100, 6)}%`;
export const minutes = (m: number) => `${grouped(m, 2)} minute${m === 1 ? "" : "s"} a year`;

const KIND_LABELS: Record<FailureEvent["kind"], string> = { region: "region", provider: "whole cloud", link: "VPN" };

/** Where an event's figure comes from, short enough for a table cell; the assumptions carry the full citation. */
function basis(e: FailureEvent): string {
  if (e.source.kind === "assumption") return `Assumption, no published figure. ${e.source.text}`;
  if (e.source.kind === "override") return `Set for this run. ${e.source.text}`;
  return e.source.figures.map((f) => `${f.covers}: ${percent(f.availabilityProbability)} (${f.source.publisher}, "${f.source.document}")`).join("\n");
}

/** What the figure is evidence for, and the rule it complements when the SOC 2 pack ran. */
export function availabilityPurpose(a: ReportAvailability): string {
  const rule = a.regionFailureRule;
  const complement = rule
    ? `It is the quantitative complement to rule ${rule.code} (the chain keeps producing blocks through the loss of any single region), ${rule.status === "not-configured" ? "not configured" : rule.status === "pass" ? "passed" : "failed"} above.`
    : "The SOC 2 pack is not enabled for this design, so its single-region rule was not evaluated.";
  return `Input to SOC 2 availability evidence, computed from the providers' published SLAs, a stated assumption for losing a whole cloud, and the design's failure domains. ${complement}`;
}

/** The method as run: exact, or Monte Carlo with its trials, seed and 95% interval. Nothing the run did not compute. */
export function availabilityMethod(a: ReportAvailability): string[][] {
  if (!a.sampling) return [["Method", `Exact: every up/down combination of the ${a.events.length} failure events`]];
  const s = a.sampling;
  return [
    ["Method", `Monte Carlo: ${grouped(s.trials, 0)} trials from seed ${s.seed} (${a.events.length} failure events are too many to enumerate)`],
    ["95% interval", `${percent(s.probabilityConfidence95.low)} to ${percent(s.probabilityConfidence95.high)}, ` +
      `${grouped(s.downtimeMinutesPerYearConfidence95.low, 2)} to ${minutes(s.downtimeMinutesPerYearConfidence95.high)}`],
  ];
}

export function writeAvailability(w: PdfWriter, a: ReportAvailability): void {
  w.heading("Availability");
  w.paragraph(availabilityPurpose(a));
  const outage = a.mostLikelyOutage;
  w.table(
    [{ header: "Figure", width: 0.3 }, { header: "Value", width: 0.7 }],
    [
      ["Probability the chain can produce blocks", percent(a.probability)],
      ["Expected time without block production", minutes(a.downtimeMinutesPerYear)],
      ...availabilityMethod(a),
      ["Validators and quorum", `${a.quorum} of ${a.validators} must be up and reach each other`],
      ...(outage ? [["Most likely outage", `${outage.label}: ${a.sampling ? "about " : ""}${Math.round(outage.shareOfDowntime * 100)}% of the expected downtime`]] : []),
    ],
  );
  w.paragraph("Failure events modelled", { size: 10 });
  w.table(
    [{ header: "Event", width: 0.22 }, { header: "Kind", width: 0.12 }, { header: "Availability", width: 0.14 }, { header: "Source", width: 0.52 }],
    a.events.map((e) => [e.label, KIND_LABELS[e.kind], percent(e.availabilityProbability), basis(e)]),
  );
  w.paragraph("Assumptions", { size: 10 });
  w.paragraph(a.assumptions.map((line) => `• ${line}`).join("\n"));
}
