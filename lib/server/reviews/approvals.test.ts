import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExportRequestBody } from "@/lib/domain/api";
import { twoRegionDocument } from "../testing/access-world";
import { ForbiddenError, NotFoundError } from "../errors";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { createTopology } from "../topologies/create-topology";
import { exportTopology } from "../topologies/export-topology";
import { saveVersion } from "../topologies/save-version";
import { decideReview } from "./decide-review";
import { getApprovalStatus, setProduction } from "./production";
import { requestReview } from "./request-review";
import { getReviewPolicy, updateReviewPolicy } from "./review-policy";
import { as, seedReviewTeam, type ReviewTeam } from "./test-team";
import { updateReviewVersion } from "./update-review-version";

const genesis = (version?: number) => ExportRequestBody.parse({ targets: ["genesis"], ...(version && { version }) });

describe.each(DATABASE_KINDS)("approvals and the export gate on %s", (kind) => {
  let db: TestDatabase;
  let t: ReviewTeam;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    t = await seedReviewTeam(db.prisma);
  });
  afterAll(async () => db?.destroy());

  const exports = (topologyId: string) => db.prisma.auditEvent.count({ where: { targetId: topologyId, action: "topology.export" } });

  async function productionTopology(name: string) {
    const { topology } = await createTopology(as(t.editor), { name, document: twoRegionDocument(name) });
    await setProduction(as(t.admin), topology.id, { production: true });
    return topology.id;
  }

  it("keeps the policy per organisation, default 1, audited when it changes", async () => {
    expect(await getReviewPolicy(t.viewer)).toEqual({ approvalsRequired: 1 });
    expect(await getReviewPolicy(t.outsider)).toEqual({ approvalsRequired: 1 });
    await updateReviewPolicy(as(t.admin), { approvalsRequired: 2 });
    await updateReviewPolicy(as(t.admin), { approvalsRequired: 2 });
    const events = await db.prisma.auditEvent.findMany({ where: { organizationId: t.owner.organizationId, action: "organization.update" } });
    expect(events.map((e) => e.data)).toEqual([{ changes: { approvalsRequired: { from: 1, to: 2 } } }]);
    expect(await getReviewPolicy(t.outsider)).toEqual({ approvalsRequired: 1 });
  });

  it("refuses a production export until that exact version has the required approvals from distinct reviewers", async () => {
    const id = await productionTopology("Gated");
    expect((await db.prisma.auditEvent.findMany({ where: { targetId: id, action: "topology.production" } })).map((e) => e.data))
      .toEqual([{ changes: { production: { from: false, to: true } } }]);

    const refused = await exportTopology(as(t.editor), id, genesis()).catch((e) => e);
    expect(refused).toBeInstanceOf(ForbiddenError);
    expect(refused.status).toBe(403);
    expect(refused.code).toBe("approval_required");
    expect(refused.message).toBe(
      "'Gated' is a production topology: version 1 needs 2 approvals from reviewers other than its author before it can be exported, and has 0. Approvals of earlier versions do not count; request a review of version 1.",
    );

    const { review } = await requestReview(as(t.editor), id, { version: 1, reviewerIds: [t.reviewer.user.id, t.reviewer2.user.id, t.admin.user.id], message: "" });
    await decideReview(as(t.reviewer), review.id, { decision: "approve" });
    await decideReview(as(t.reviewer), review.id, { decision: "approve" }); // the same reviewer twice counts once
    await expect(exportTopology(as(t.editor), id, genesis())).rejects.toThrow(/and has 1\./);
    // A later "request changes" replaces that reviewer's approval.
    await decideReview(as(t.admin), review.id, { decision: "approve" });
    await decideReview(as(t.admin), review.id, { decision: "request-changes" });
    await expect(exportTopology(as(t.editor), id, genesis())).rejects.toThrow(/and has 1\./);
    expect(await exports(id)).toBe(0);

    await decideReview(as(t.reviewer2), review.id, { decision: "approve" });
    const status = await getApprovalStatus(t.viewer, id);
    expect(status).toMatchObject({ version: 1, production: true, approvalsRequired: 2, exportAllowed: true });
    expect(status.approvals.map((a) => a.reviewer.name).sort()).toEqual(["Rita", "Rob"]);
    expect((await exportTopology(as(t.editor), id, genesis())).version).toBe(1);
    expect(await exports(id)).toBe(1);
  });

  it("does not let approvals of an older version unlock a newer one", async () => {
    const id = await productionTopology("Old approvals");
    const { review } = await requestReview(as(t.editor), id, { version: 1, reviewerIds: [t.reviewer.user.id, t.reviewer2.user.id], message: "" });
    await decideReview(as(t.reviewer), review.id, { decision: "approve" });
    await decideReview(as(t.reviewer2), review.id, { decision: "approve" });
    await saveVersion(as(t.editor), id, { baseVersion: 1, document: twoRegionDocument("changed after approval"), message: "sneaky" });

    await expect(exportTopology(as(t.editor), id, genesis())).rejects.toThrow(/version 2 needs 2 approvals .* has 0/);
    expect((await exportTopology(as(t.editor), id, genesis(1))).version).toBe(1); // the approved version itself still goes

    await updateReviewVersion(as(t.editor), review.id, { version: 2 });
    await decideReview(as(t.reviewer), review.id, { decision: "approve" });
    expect((await getApprovalStatus(t.editor, id, 2)).approvals).toHaveLength(1);
    await decideReview(as(t.reviewer2), review.id, { decision: "approve" });
    expect((await exportTopology(as(t.editor), id, genesis())).version).toBe(2);
  });

  it("counts only reviewers who may still review here, and none when the topology is not production", async () => {
    const id = await productionTopology("Membership");
    const { review } = await requestReview(as(t.editor), id, { version: 1, reviewerIds: [t.reviewer.user.id, t.reviewer2.user.id], message: "" });
    await decideReview(as(t.reviewer), review.id, { decision: "approve" });
    await decideReview(as(t.reviewer2), review.id, { decision: "approve" });
    expect((await getApprovalStatus(t.editor, id)).exportAllowed).toBe(true);
    await db.prisma.membership.updateMany({ where: { userId: t.reviewer2.user.id }, data: { role: "viewer" } });
    try {
      expect((await getApprovalStatus(t.editor, id)).approvals.map((a) => a.reviewer.name)).toEqual(["Rita"]);
      await expect(exportTopology(as(t.editor), id, genesis())).rejects.toBeInstanceOf(ForbiddenError);
    } finally {
      await db.prisma.membership.updateMany({ where: { userId: t.reviewer2.user.id }, data: { role: "reviewer" } });
    }
    await setProduction(as(t.owner), id, { production: false });
    expect((await getApprovalStatus(t.editor, id)).exportAllowed).toBe(true);
    expect((await exportTopology(as(t.editor), id, genesis())).version).toBe(1);
    const flags = await db.prisma.auditEvent.count({ where: { targetId: id, action: "topology.production" } });
    expect(flags).toBe(2);
  });

  it("turns the gate off at 0 approvals, and keeps every step tenant-scoped", async () => {
    const id = await productionTopology("Zero");
    await expect(setProduction(t.outsider, id, { production: false })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getApprovalStatus(t.outsider, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportTopology(t.outsider, id, genesis())).rejects.toBeInstanceOf(NotFoundError);
    await updateReviewPolicy(as(t.owner), { approvalsRequired: 0 });
    try {
      expect((await exportTopology(as(t.editor), id, genesis())).version).toBe(1);
    } finally {
      await updateReviewPolicy(as(t.owner), { approvalsRequired: 2 });
    }
  });
});
