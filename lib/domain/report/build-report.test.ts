import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { PageSizes, PDFDocument } from "pdf-lib";
import { listRegions } from "../catalog";
import { region, withValidators } from "../consensus/test-documents";
import { RULES } from "../rules";
import { MINUTES_PER_YEAR } from "../simulation/availability";
import { starterDocument } from "../starter";
import { REPORT_AVAILABILITY_TRIALS } from "./availability-section";
import { buildComplianceReport } from "./build-report";
import { pdfDrawnText } from "./pdf-text";
import { chainSentence, renderReportPdf } from "./render-pdf";
import type { ComplianceReportInput } from "./types";

const soc2 = produce(starterDocument("Ledger EU"), (d) => {
  d.compliance.packs = ["soc2"];
  d.operations.monitoring = false;
});
const rita = { id: "u1", name: "Rita", email: "rita@example.com" };

const input = (overrides: Partial<ComplianceReportInput> = {}): ComplianceReportInput => ({
  topology: { id: "t1", name: "Ledger EU", production: true },
  version: { number: 3, digest: "ab".repeat(32), message: "Tighten SOC 2", author: { id: "u0", name: "Eddie", email: "eddie@example.com" }, createdAt: "2026-12-01T10:00:00.000Z" },
  document: soc2,
  policy: { approvalsRequired: 1 },
  approvals: { required: 1, received: [{ reviewer: rita, approvedAt: "2026-12-02T09:00:00.000Z" }] },
  auditTrail: [
    { seq: 9, occurredAt: "2026-12-02T09:00:00.000Z", actorEmail: "rita@example.com", action: "review.decide", targetType: "review", targetId: "r1", data: { version: 3, decision: "approve" }, hash: "h9" },
    { seq: 1, occurredAt: "2026-11-30T10:00:00.000Z", actorEmail: "eddie@example.com", action: "topology.create", targetType: "topology", targetId: "t1", data: { version: 1 }, hash: "h1" },
    { seq: 5, occurredAt: "2026-12-01T10:00:00.000Z", actorEmail: "eddie@example.com", action: "topology.save", targetType: "topology", targetId: "t1", data: { version: 3, message: "Tighten SOC 2" }, hash: "h5" },
  ],
  chain: { ok: true, checked: 12, headSeq: 12 },
  generatedAt: "2026-12-03T08:00:00.000Z",
  ...overrides,
});

describe("buildComplianceReport", () => {
  const report = buildComplianceReport(input());

  it("evaluates every rule of every enabled pack, with the findings as evidence", () => {
    expect(report.packs.map((p) => p.pack)).toEqual(["core", "support", "consensus", "network", "latency", "cost", "soc2", "policy"]);
    const soc2Pack = report.packs.find((p) => p.pack === "soc2")!;
    expect(soc2Pack.rules.map((r) => r.code)).toEqual(RULES.filter((r) => r.pack === "soc2").map((r) => r.code));
    const monitoring = soc2Pack.rules.find((r) => r.code === "compliance.soc2.monitoring")!;
    expect(monitoring.status).toBe("fail");
    expect(monitoring.evidence[0]).toMatch(/Monitoring is off/);
    expect(soc2Pack.rules.find((r) => r.code === "compliance.soc2.change-approval")).toMatchObject({ status: "pass", evidence: [] });
    expect(soc2Pack.rules.find((r) => r.code === "compliance.soc2.audit-logging")?.status).toBe("pass");
    expect(report.summary.rulesFailed).toBe(report.packs.reduce((n, p) => n + p.failed, 0));
  });

  it("fails the SOC 2 change-approval rule when the policy needs no approval", () => {
    const lax = buildComplianceReport(input({ policy: { approvalsRequired: 0 } }));
    const rule = lax.packs.find((p) => p.pack === "soc2")!.rules.find((r) => r.code === "compliance.soc2.change-approval")!;
    expect(rule.status).toBe("fail");
    expect(rule.evidence[0]).toMatch(/approvalsRequired to 0/);
  });

  it("marks policy rules no policy sets as not configured, never as passed", () => {
    const partial = buildComplianceReport(input({ policy: { approvalsRequired: 1, budgetMonthlyUsd: 1_000_000 } }));
    const policy = partial.packs.find((p) => p.pack === "policy")!;
    expect(policy.rules.find((r) => r.code === "policy.budget.exceeded")?.status).toBe("pass");
    for (const code of ["policy.provider.not-allowed", "policy.region.not-allowed", "policy.tags.missing", "policy.tolerance.not-met"]) {
      expect(policy.rules.find((r) => r.code === code), code).toMatchObject({ status: "not-configured", evidence: [expect.stringMatching(/does not set/)] });
    }
    expect(policy).toMatchObject({ passed: 1, failed: 0, notConfigured: 4 });
    const none = buildComplianceReport(input({ policy: undefined }));
    expect(none.packs.find((p) => p.pack === "soc2")!.rules.find((r) => r.code === "compliance.soc2.change-approval")?.status).toBe("not-configured");
    expect(none.summary.rulesNotConfigured).toBeGreaterThanOrEqual(1);
  });

  it("tabulates failure domains and cost, and judges approvals of this version", () => {
    expect(report.failureDomains.rows).toEqual([
      expect.objectContaining({ kind: "region", label: "Azure eastus", survives: false, validatorsLost: 4, quorum: 3 }),
      expect.objectContaining({ kind: "provider", label: "Azure", survives: false }),
    ]);
    expect(report.cost.totalMonthlyUsd).toBeGreaterThan(0);
    expect(report.cost.byProvider.map((p) => p.provider)).toEqual(["azure"]);
    expect(report.approvals).toMatchObject({ production: true, required: 1, satisfied: true });
    expect(buildComplianceReport(input({ approvals: { required: 2, received: [] } })).approvals.satisfied).toBe(false);
    expect(buildComplianceReport(input({ topology: { id: "t1", name: "x", production: false }, approvals: { required: 2, received: [] } })).approvals.satisfied).toBe(true);
  });

  it("orders the audit trail and says what each event did", () => {
    expect(report.auditTrail.map((e) => [e.seq, e.summary])).toEqual([
      [1, "Created (version 1)"],
      [5, "Saved version 3: Tighten SOC 2"],
      [9, "Approved version 3"],
    ]);
    expect(report.auditChain).toEqual({ ok: true, checked: 12, headSeq: 12 });
  });
});

/** The starter's four validators run on AKS in Azure eastus: the region at AKS Standard's 99.95%, inside Azure's assumed 99.99%. */
const starterProbability = 0.9995 * 0.9999;
/** One validator on AKS in each of three Azure regions: single instances at 99.5%, 2 of 3 make the quorum. */
const threeRegions = withValidators(["eastus", "westeurope", "uksouth"].map((r) => region(r, "azure", r)), [1, 1, 1]);
const twoOfThreeProbability = 0.9999 * (0.995 ** 3 + 3 * 0.995 ** 2 * 0.005);
/** One validator in each of 20 Azure regions: with the cloud, 21 failure events, one more than are enumerated. */
const twentyRegions = withValidators(listRegions("azure").filter((r) => r.classification === "commercial").slice(0, 20).map((r) => region(r.id, "azure", r.id)), Array(20).fill(1));

describe("the availability section", () => {
  it("states the exact probability and downtime of the starter, worked out by hand from the SLA table", () => {
    const a = buildComplianceReport(input()).availability;
    expect(a.method).toBe("exact");
    expect(a.sampling).toBeUndefined();
    expect(a.probability).toBeCloseTo(starterProbability, 12);
    expect(a.downtimeMinutesPerYear).toBeCloseTo((1 - starterProbability) * MINUTES_PER_YEAR, 6);
    expect(a.downtimeMinutesPerYear).toBeCloseTo(315.33372, 6);
    expect({ validators: a.validators, quorum: a.quorum }).toEqual({ validators: 4, quorum: 3 });
    expect(a.events.map((e) => [e.kind, e.label, e.availabilityProbability, e.source.kind])).toEqual([
      ["provider", "Azure", 0.9999, "assumption"],
      ["region", "Azure eastus", 0.9995, "published"],
    ]);
    expect(a.events[1]!.source.figures.map((f) => [f.id, f.source.publisher])).toEqual([["azure-aks-standard-zones", "Microsoft"]]);
    expect(a.assumptions).toContain("Method: exact, over every up/down combination of the 2 events (combinations a smaller one already decides are summed without being visited).");
    // eastus down with Azure up: 0.0005 x 0.9999 of the 1 - 0.9995 x 0.9999 unavailable.
    expect(a.mostLikelyOutage).toMatchObject({ eventIds: ["azure:eastus"], shareOfDowntime: expect.closeTo((0.0005 * 0.9999) / (1 - starterProbability), 9) });
    // The single-region rule fails (one region holds every validator); the figure complements it.
    expect(a.regionFailureRule).toEqual({ code: "compliance.soc2.region-failure", status: "fail" });
  });

  it("computes 2 of 3 regions exactly, and names no SOC 2 rule when the pack is off", () => {
    const a = buildComplianceReport(input({ document: threeRegions })).availability;
    expect(a.method).toBe("exact");
    expect(a.probability).toBeCloseTo(twoOfThreeProbability, 12);
    expect(a.downtimeMinutesPerYear).toBeCloseTo((1 - twoOfThreeProbability) * MINUTES_PER_YEAR, 6);
    expect(a.regionFailureRule).toBeUndefined();
  });

  it("samples a design with too many events to enumerate, stating trials, seed and the 95% interval", () => {
    const a = buildComplianceReport(input({ document: twentyRegions })).availability;
    expect(a.events).toHaveLength(21);
    expect(a.method).toBe("monte-carlo");
    expect(a.sampling).toMatchObject({ trials: REPORT_AVAILABILITY_TRIALS, seed: 1 });
    const s = a.sampling!;
    expect(s.probabilityConfidence95.low).toBeLessThanOrEqual(a.probability);
    expect(s.probabilityConfidence95.high).toBeGreaterThanOrEqual(a.probability);
    expect(s.downtimeMinutesPerYearConfidence95.high).toBeCloseTo((1 - s.probabilityConfidence95.low) * MINUTES_PER_YEAR, 6);
    // 14 of 20 single instances must be up: seven of them down at once (about 6e-12) adds nothing visible to
    // losing Azure, so the true figure is 52.56 minutes, inside the interval.
    expect(s.downtimeMinutesPerYearConfidence95.low).toBeLessThanOrEqual((1 - 0.9999) * MINUTES_PER_YEAR);
    expect(s.downtimeMinutesPerYearConfidence95.high).toBeGreaterThanOrEqual((1 - 0.9999) * MINUTES_PER_YEAR);
    expect(s.downtimeMinutesPerYearConfidence95.high - s.downtimeMinutesPerYearConfidence95.low).toBeLessThan(1);
    expect(a.assumptions.some((l) => l.startsWith("Method: Monte Carlo") && l.includes("200,000 trials from seed 1"))).toBe(true);
  });
});

describe("renderReportPdf", () => {
  it("writes an A4 PDF with the report's headings, tables and name", async () => {
    const pdf = await renderReportPdf(buildComplianceReport(input({ topology: { id: "t1", name: "Ledger EU – Zürich → Paris", production: true } })));
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const loaded = await PDFDocument.load(pdf);
    expect(loaded.getTitle()).toBe("Compliance report: Ledger EU – Zürich → Paris, version 3");
    const [width, height] = PageSizes.A4;
    expect(loaded.getPage(0).getSize()).toEqual({ width, height });
    const text = pdfDrawnText(pdf);
    // Latin-1 letters survive, the arrow is spelt out: the standard fonts only encode WinAnsi.
    expect(text).toContain("Ledger EU – Zürich -> Paris");
    for (const heading of ["Rule packs evaluated", "Failure domains", "Availability", "Cost", "Approvals of this version", "Audit trail"]) expect(text).toContain(heading);
    expect(text).toContain("compliance.soc2.");
    expect(text).toContain("monitoring");
    expect(text).toContain("Audit chain verified");
  });

  it("prints the availability section as SOC 2 evidence: figures, method, events with sources, assumptions", async () => {
    const text = pdfDrawnText(await renderReportPdf(buildComplianceReport(input()))).replace(/\s+/g, " ");
    expect(text).toContain("Input to SOC 2 availability evidence");
    expect(text).toContain("quantitative complement to rule compliance.soc2.region-failure");
    expect(text).toContain("Probability the chain can produce blocks 99.940005%");
    expect(text).toContain("Expected time without block production 315.33 minutes a year");
    expect(text).toContain("Exact: every up/down combination of the 2 failure events");
    expect(text).toContain("Azure eastus region 99.95%");
    expect(text).toContain('Azure whole cloud 99.99% Assumption, no published figure.');
    expect(text).toContain("(Microsoft, \"Service Level Agreements (SLA) for Online Services\")");
    expect(text).toContain("• Not included: software faults");
    expect(text).not.toContain("Monte Carlo");
    expect(text).not.toContain("95% interval");
  });

  it("prints a sampled figure with its trials, seed and interval", async () => {
    const report = buildComplianceReport(input({ document: twentyRegions }));
    const s = report.availability.sampling!;
    const text = pdfDrawnText(await renderReportPdf(report)).replace(/\s+/g, " ");
    expect(text).toContain("Monte Carlo: 200,000 trials from seed 1 (21 failure events are too many to enumerate)");
    expect(text).toContain(`95% interval ${+(s.probabilityConfidence95.low * 100).toFixed(6)}% to ${+(s.probabilityConfidence95.high * 100).toFixed(6)}%`);
    expect(text).toContain("The SOC 2 pack is not enabled for this design");
  });

  it("breaks long tables across pages and numbers them", async () => {
    const trail = Array.from({ length: 150 }, (_, i) => ({
      seq: i + 1, occurredAt: "2026-12-01T10:00:00.000Z", actorEmail: "eddie@example.com", action: "topology.save",
      targetType: "topology", targetId: "t1", data: { version: i + 1, message: "x".repeat(40) }, hash: `h${i}`,
    }));
    const pdf = await renderReportPdf(buildComplianceReport(input({ auditTrail: trail })));
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    expect(pages).toBeGreaterThan(3);
    expect(pdfDrawnText(pdf)).toContain(`page ${pages} of ${pages}`);
  });
});

describe("the audit chain sentence", () => {
  it("claims a signed anchor only when a checkpoint was verified, and names the window after it", () => {
    expect(chainSentence({ ok: true, checked: 12, headSeq: 12 })).toMatch(/No signed checkpoint covers them yet/);
    expect(chainSentence({ ok: true, checked: 12, headSeq: 12, anchor: { seq: 10, at: "2026-12-01T00:00:00.000Z", unanchored: 2 } }))
      .toMatch(/events 1 to 10 match a checkpoint signed outside the database .*the 2 later event\(s\) are covered by the hashes alone/);
    expect(chainSentence({ ok: false, checked: 3, headSeq: 12, firstBroken: { seq: 4, reason: "event 4 is missing" } })).toBe("Audit chain BROKEN at event 4: event 4 is missing.");
  });
});
