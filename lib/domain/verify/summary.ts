// A short form of verify-bundle's report for screens and response headers: the verdict, the counts, and the
// first problems (each names the resource to blame).

import type { VerifySummary } from "../api/exports";
import type { VerifyReport } from "./verify-bundle";

const LIMIT = 20;
const MAX_TEXT = 400;

const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

export function summarizeReport(report: VerifyReport): VerifySummary {
  return {
    checked: report.checked,
    ok: report.ok,
    pairs: report.pairs.length,
    needed: report.pairs.filter((p) => p.needed).length,
    brokenCount: report.broken.length,
    broken: report.broken.slice(0, LIMIT).map((p) => ({ from: p.from, to: p.to, problem: clip(p.problem ?? "") })),
    validatorGroups: report.validatorGroups.map((g) => [...g]),
    overlaps: report.overlaps.slice(0, LIMIT).map(clip),
    notes: report.notes.slice(0, LIMIT).map(clip),
  };
}
