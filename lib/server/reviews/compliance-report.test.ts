import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { ExportRequestBody } from "@/lib/domain/api";
import { pdfDrawnText } from "@/lib/domain/report/pdf-text";
import { twoRegionDocument } from "../testing/access-world";
import { NotFoundError } from "../errors";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { createTopology } from "../topologies/create-topology";
import { exportTopology } from "../topologies/export-topology";
import { saveVersion } from "../topologies/save-version";
import { complianceReport, complianceReportPdf } from "./compliance-report";
import { decideReview } from "./decide-review";
import { setProduction } from "./production";
import { requestReview } from "./request-review";
import { as, seedReviewTeam, type ReviewTeam } from "./test-team";

describe.each(DATABASE_KINDS)("compliance reports on %s", (kind) => {
  let db: TestDatabase;
  let t: ReviewTeam;
  let topologyId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    t = await seedReviewTeam(db.prisma);
    const doc = { ...twoRegionDocument("Ledger Zürich"), compliance: { packs: ["soc2" as const] } };
    ({ topology: { id: topologyId } } = await createTopology(as(t.editor), { name: "Ledger Zürich", document: doc }));
    await setProduction(as(t.admin), topologyId, { production: true });
    await saveVersion(as(t.editor), topologyId, { baseVersion: 1, document: { ...doc, description: "v2" }, message: "Describe it" });
    const { review } = await requestReview(as(t.editor), topologyId, { version: 2, reviewerIds: [t.reviewer.user.id], message: "" });
    await decideReview(as(t.reviewer), review.id, { decision: "approve", comment: "Fine" });
    await exportTopology(as(t.editor), topologyId, ExportRequestBody.parse({ targets: ["genesis"] }));
    await saveVersion(as(t.editor), topologyId, { baseVersion: 2, document: { ...doc, description: "v3" }, message: "Later work" });
  });
  afterAll(async () => db?.destroy());

  it("reports the packs, failure domains, cost, approvals and provenance of one version, with the chain verified", async () => {
    const report = await complianceReport(t.reviewer, topologyId, 2);
    expect(report.title).toBe("Compliance report: Ledger Zürich, version 2");
    expect(report.version).toMatchObject({ number: 2, message: "Describe it", author: { name: "Eddie" } });
    const soc2 = report.packs.find((p) => p.pack === "soc2")!;
    expect(soc2.rules.map((r) => r.code)).toContain("compliance.soc2.change-approval");
    expect(soc2.rules.find((r) => r.code === "compliance.soc2.change-approval")!.status).toBe("pass"); // the org requires 1
    expect(soc2.rules.find((r) => r.code === "compliance.soc2.region-failure")).toMatchObject({ status: "fail", evidence: [expect.stringMatching(/survive losing any one region/)] });
    expect(report.failureDomains.rows.map((r) => r.label)).toEqual(expect.arrayContaining(["Azure eastus", "Azure westeurope"]));
    // The validators all run on AKS in eastus: 99.95% for the region, inside Azure's assumed 99.99%.
    expect(report.availability).toMatchObject({ method: "exact", probability: expect.closeTo(0.9995 * 0.9999, 12), regionFailureRule: { status: "fail" } });
    expect(report.availability.sampling).toBeUndefined();
    expect(report.cost.totalMonthlyUsd).toBeGreaterThan(0);
    expect(report.approvals).toMatchObject({ production: true, required: 1, satisfied: true, received: [{ reviewer: { name: "Rita" } }] });

    // How version 2 came to be: created, flagged, saved, reviewed and approved; nothing from version 3.
    expect(report.auditTrail.map((e) => e.action)).toEqual(["topology.create", "topology.production", "topology.save", "review.request", "review.decide"]);
    expect(report.auditTrail.map((e) => e.summary)).toContain("Approved version 2");
    expect(report.auditChain).toMatchObject({ ok: true });
    expect(report.auditChain.checked).toBeGreaterThanOrEqual(7);

    const first = await complianceReport(t.reviewer, topologyId, 1);
    expect(first.approvals).toMatchObject({ received: [], satisfied: false });
    expect(first.auditTrail.map((e) => e.action)).toEqual(["topology.create"]);
  });

  it("renders the report as a PDF that starts with %PDF and carries the topology's name", async () => {
    const { pdf, fileName } = await complianceReportPdf(t.reviewer, topologyId, 2);
    expect(fileName).toBe("ledger-z-rich-v2-compliance.pdf");
    expect(Buffer.from(pdf.subarray(0, 4)).toString("latin1")).toBe("%PDF");
    expect((await PDFDocument.load(pdf)).getTitle()).toContain("Ledger Zürich");
    const text = pdfDrawnText(pdf);
    expect(text).toContain("Compliance report: Ledger Zürich, version 2");
    expect(text).toContain("Rita <");
    expect(text.replace(/\s+/g, " ")).toContain("Expected time without block production 315.33 minutes a year");
  });

  it("is not found for another organisation or a missing version", async () => {
    await expect(complianceReport(t.outsider, topologyId, 2)).rejects.toBeInstanceOf(NotFoundError);
    await expect(complianceReport(t.reviewer, topologyId, 9)).rejects.toBeInstanceOf(NotFoundError);
  });
});
