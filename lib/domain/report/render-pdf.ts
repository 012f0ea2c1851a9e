import { PDFDocument } from "pdf-lib";
import { PdfWriter } from "./pdf-layout";
import { writeAvailability } from "./render-availability";
import type { ComplianceReport, ReportChainVerification } from "./types";

const usd = (n: number) => `$${n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const person = (p: { name: string | null; email: string | null }) => [p.name, p.email && `<${p.email}>`].filter(Boolean).join(" ") || "unknown";
const day = (iso: string) => iso.replace("T", " ").slice(0, 19) + " UTC";
const evidence = (lines: readonly string[]) => (lines.length <= 1 ? lines[0] ?? "-" : lines.map((l) => `• ${l}`).join("\n"));
const yes = (ok: boolean, good = "yes", bad = "no") => ({ text: ok ? good : bad, style: { color: ok ? ("good" as const) : ("bad" as const), bold: true } });

/** The report as an A4 PDF with headings and tables (pdf-lib, pure JavaScript: no fonts or binaries to fetch). */
export async function renderReportPdf(report: ComplianceReport): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(report.title);
  doc.setSubject(`Compliance report of ${report.topology.name}, version ${report.version.number}`);
  doc.setAuthor("Meridian");
  doc.setCreator("Meridian");
  doc.setProducer("Meridian (pdf-lib)");
  doc.setCreationDate(new Date(report.generatedAt));
  const w = await PdfWriter.create(doc);

  w.heading(report.title, 1);
  w.paragraph(
    `Version ${report.version.number} by ${person(report.version.author)}, saved ${day(report.version.createdAt)}${report.version.message ? `: "${report.version.message}"` : ""}. ` +
      `Document digest ${report.version.digest}. Generated ${day(report.generatedAt)}.`,
    { muted: true },
  );
  const s = report.summary;
  w.table(
    [{ header: "Rules passed", width: 0.15 }, { header: "Rules failed", width: 0.15 }, { header: "Not configured", width: 0.15 }, { header: "Errors / warnings / notes", width: 0.25 }, { header: "Compliance packs", width: 0.3 }],
    [[String(s.rulesPassed), { text: String(s.rulesFailed), style: { color: s.rulesFailed ? "bad" : "good", bold: true } }, String(s.rulesNotConfigured), `${s.errors} / ${s.warnings} / ${s.infos}`, s.compliancePacks.join(", ") || "none"]],
  );

  w.heading("Rule packs evaluated");
  for (const pack of report.packs) {
    w.paragraph(`${pack.pack}: ${pack.passed} passed, ${pack.failed} failed${pack.notConfigured ? `, ${pack.notConfigured} not configured` : ""}`, { size: 10 });
    w.table(
      [{ header: "Rule", width: 0.28 }, { header: "Checks", width: 0.3 }, { header: "Result", width: 0.08 }, { header: "Evidence", width: 0.34 }],
      pack.rules.map((r) => [r.code, r.description, r.status === "not-configured" ? { text: "not configured", style: { color: "ink" as const } } : yes(r.status === "pass", "pass", "fail"), evidence(r.evidence)]),
    );
  }

  const fd = report.failureDomains;
  w.heading("Failure domains");
  w.paragraph(`${fd.validators} validators, quorum ${fd.quorum}, ${fd.tolerance} may be offline. ${fd.summary}`);
  w.table(
    [{ header: "Domain", width: 0.3 }, { header: "Validators lost", width: 0.12 }, { header: "Left", width: 0.08 }, { header: "Quorum", width: 0.08 }, { header: "Survives", width: 0.1 }, { header: "Why", width: 0.32 }],
    fd.rows.map((d) => [`${d.kind}: ${d.label}`, String(d.validatorsLost), String(d.validatorsLeft), String(d.quorum), yes(d.survives), d.reason]),
  );

  writeAvailability(w, report.availability);

  const c = report.cost;
  w.heading("Cost");
  w.paragraph(`Estimated ${usd(c.totalMonthlyUsd)} per month at list prices of ${c.pricesAsOf}${c.budgetMonthlyUsd !== null ? `, against a budget of ${usd(c.budgetMonthlyUsd)} per month` : ""}.`);
  w.table(
    [{ header: "Provider or region", width: 0.6 }, { header: "Per month", width: 0.4 }],
    [...c.byProvider.map((p) => [p.provider, usd(p.monthlyUsd)]), ...c.byRegion.map((r) => [`region ${r.regionId}`, usd(r.monthlyUsd)])],
  );

  const a = report.approvals;
  w.heading("Approvals of this version");
  w.paragraph(
    a.production
      ? `Production topology: ${a.required} approval${a.required === 1 ? "" : "s"} required, ${a.received.length} received. Export ${a.satisfied ? "allowed" : "refused until approved"}.`
      : `Not marked production: exports need no approval. ${a.received.length} approval${a.received.length === 1 ? "" : "s"} received.`,
  );
  if (a.received.length) w.table([{ header: "Reviewer", width: 0.6 }, { header: "Approved", width: 0.4 }], a.received.map((r) => [person(r.reviewer), day(r.approvedAt)]));

  w.heading("Audit trail");
  w.table(
    [{ header: "#", width: 0.07 }, { header: "When", width: 0.2 }, { header: "Who", width: 0.25 }, { header: "What", width: 0.48 }],
    report.auditTrail.map((e) => [String(e.seq), day(e.occurredAt), e.actorEmail ?? "system", e.summary]),
  );
  const chain = report.auditChain;
  w.paragraph(chainSentence(chain));

  w.footer(`${report.topology.name} v${report.version.number}`);
  return doc.save();
}

/** What the chain check found, claiming no more than was checked: signed checkpoints or the hashes alone. */
export function chainSentence(chain: ReportChainVerification): string {
  if (!chain.ok) return `Audit chain BROKEN at event ${chain.firstBroken?.seq ?? "?"}: ${chain.firstBroken?.reason ?? "unknown"}.`;
  const linked = `Audit chain verified: all ${chain.checked} events of the organisation follow from one another by their hashes`;
  if (!chain.anchor) return `${linked}. No signed checkpoint covers them yet, so the hashes alone could be recomputed by someone who can write to the database.`;
  const after = chain.anchor.unanchored === 0 ? "" : `; the ${chain.anchor.unanchored} later event(s) are covered by the hashes alone until the next checkpoint`;
  return `${linked}, and events 1 to ${chain.anchor.seq} match a checkpoint signed outside the database at ${chain.anchor.at}${after}.`;
}
