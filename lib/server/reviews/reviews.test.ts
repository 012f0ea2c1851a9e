import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateReviewBody, ReviewCommentBody } from "@/lib/domain/api";
import { twoRegionDocument } from "../testing/access-world";
import { verifyAuditChain } from "../audit/verify";
import { BadRequestError, ForbiddenError, NotFoundError } from "../errors";
import { listNotifications } from "../notifications/list-notifications";
import { markNotificationsRead } from "../notifications/mark-read";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { createTopology } from "../topologies/create-topology";
import { saveVersion } from "../topologies/save-version";
import { commentOnReview } from "./comment-on-review";
import { decideReview } from "./decide-review";
import { getReview, listReviews } from "./get-review";
import { requestReview } from "./request-review";
import { as, seedReviewTeam, type ReviewTeam } from "./test-team";
import { updateReviewVersion } from "./update-review-version";

const review = (input: unknown) => CreateReviewBody.parse(input);
const comment = (input: unknown) => ReviewCommentBody.parse(input);

describe.each(DATABASE_KINDS)("team review on %s", (kind) => {
  let db: TestDatabase;
  let t: ReviewTeam;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    t = await seedReviewTeam(db.prisma);
  });
  afterAll(async () => db?.destroy());

  /** A topology the editor wrote, under review by both reviewers. */
  async function reviewedTopology(name: string) {
    const doc = twoRegionDocument(name);
    const { topology } = await createTopology(as(t.editor), { name, document: doc });
    const { review: r } = await requestReview(as(t.editor), topology.id, review({ version: 1, reviewerIds: [t.reviewer.user.id, t.reviewer2.user.id], message: "First cut" }));
    return { topologyId: topology.id, reviewId: r.id, doc };
  }

  const actionsOf = async (targetId: string) =>
    (await db.prisma.auditEvent.findMany({ where: { targetId }, orderBy: { seq: "asc" } })).map((e) => e.action);

  it("requests, comments on an element, approves: one audit event each, notifications both ways", async () => {
    const { topologyId, reviewId } = await reviewedTopology("Flow");
    const asked = await listNotifications(as(t.reviewer));
    expect(asked.notifications[0]).toMatchObject({ kind: "review.requested", reviewId, topologyId, read: false });
    expect(asked.notifications[0]!.message).toBe("Eddie asked you to review version 1 of 'Flow'.");

    const pinned = await commentOnReview(as(t.reviewer), reviewId, comment({ body: "Why two members here?", nodeGroupId: "members-we" }));
    expect(pinned.comment.target).toEqual({ kind: "nodeGroup", id: "members-we" });
    await commentOnReview(as(t.reviewer2), reviewId, comment({ body: "Looks fine overall" }));
    await decideReview(as(t.reviewer), reviewId, { decision: "approve", comment: "Ship it" });

    const { review: view } = await getReview(as(t.viewer), reviewId);
    expect(view.status).toBe("approved");
    expect(view.comments.map((c) => [c.author.name, c.target?.id ?? null])).toEqual([["Rita", "members-we"], ["Rob", null]]);
    expect(view.reviewers.map((r) => [r.name, r.decision])).toEqual(expect.arrayContaining([["Rita", "approve"], ["Rob", null]]));
    expect(view.decisions).toMatchObject([{ version: 1, decision: "approve", comment: "Ship it" }]);

    const requester = await listNotifications(as(t.editor));
    expect(requester.notifications.map((n) => n.kind)).toEqual(["review.decided", "review.commented", "review.commented"]);
    expect(requester.unreadCount).toBe(3);
    expect(await actionsOf(reviewId)).toEqual(["review.request", "review.comment", "review.comment", "review.decide"]);
    expect((await listReviews(t.owner, topologyId)).reviews.map((r) => r.id)).toEqual([reviewId]);
    expect(await verifyAuditChain(db.prisma, t.owner.organizationId)).toMatchObject({ ok: true });
  });

  it("refuses self-approval: the requester and the version's author, with 403", async () => {
    const { topology } = await createTopology(as(t.admin), { name: "Self" });
    // The admin is named by the editor on a version the admin wrote: requesting is refused up front...
    await expect(requestReview(as(t.editor), topology.id, review({ version: 1, reviewerIds: [t.admin.user.id] }))).rejects.toThrow(/author/);
    await expect(requestReview(as(t.admin), topology.id, review({ version: 1, reviewerIds: [t.admin.user.id] }))).rejects.toThrow(/yourself/);
    // ...and when the admin pushes the next version to a review naming them, their approval is refused.
    const { review: r } = await requestReview(as(t.editor), topology.id, review({ version: 1, reviewerIds: [t.owner.user.id, t.reviewer.user.id] }));
    await saveVersion(as(t.owner), topology.id, { baseVersion: 1, document: twoRegionDocument("Self"), message: "owner's edit" });
    await updateReviewVersion(as(t.editor), r.id, { version: 2 });
    const before = await db.prisma.auditEvent.count({ where: { targetId: r.id } });
    const refused = await decideReview(as(t.owner), r.id, { decision: "approve" }).catch((e) => e);
    expect(refused).toBeInstanceOf(ForbiddenError);
    expect(refused.message).toMatch(/own change: you authored version 2/);
    expect(await db.prisma.auditEvent.count({ where: { targetId: r.id } })).toBe(before);
    // Requesting changes on one's own version is not approving it.
    expect((await decideReview(as(t.owner), r.id, { decision: "request-changes" })).decision).toMatchObject({ decision: "request-changes", version: 2 });
  });

  it("lets only named, eligible reviewers decide", async () => {
    const { reviewId } = await reviewedTopology("Named");
    await expect(decideReview(as(t.admin), reviewId, { decision: "approve" })).rejects.toThrow(/Only the reviewers/);
    const { topology } = await createTopology(as(t.editor), { name: "Eligible" });
    const bad = await requestReview(as(t.editor), topology.id, review({ version: 1, reviewerIds: [t.viewer.user.id, t.outsider.user.id] })).catch((e) => e);
    expect(bad).toBeInstanceOf(BadRequestError);
    expect(bad.issues[0].message).toContain(t.viewer.user.id);
    expect(bad.issues[0].message).toContain(t.outsider.user.id);
  });

  it("validates pinned elements against the version under review", async () => {
    const { reviewId } = await reviewedTopology("Pins");
    await expect(commentOnReview(as(t.reviewer), reviewId, comment({ body: "?", linkId: "nope" }))).rejects.toThrow(/has no link 'nope'/);
    expect((await commentOnReview(as(t.reviewer), reviewId, comment({ body: "ok", regionId: "westeurope" }))).comment.target).toEqual({ kind: "region", id: "westeurope" });
    expect(ReviewCommentBody.safeParse({ body: "x", regionId: "a", linkId: "b" }).success).toBe(false);
  });

  it("follows new versions: the editor moves the review on and gets what changed since the last reviewed version", async () => {
    const { topologyId, reviewId, doc } = await reviewedTopology("Moving");
    await decideReview(as(t.reviewer), reviewId, { decision: "request-changes", comment: "Too few validators" });
    const bigger = { ...doc, nodeGroups: doc.nodeGroups.map((g) => (g.id === "validators" ? { ...g, count: 7 } : g)) };
    await saveVersion(as(t.editor), topologyId, { baseVersion: 1, document: bigger, message: "7 validators" });
    await saveVersion(as(t.editor), topologyId, { baseVersion: 2, document: { ...bigger, description: "v3" }, message: "describe" });

    const stale = (await getReview(as(t.reviewer), reviewId)).review;
    expect([stale.version, stale.latestVersion, stale.status]).toEqual([1, 3, "changes-requested"]);

    const moved = await updateReviewVersion(as(t.editor), reviewId, { version: 3 });
    expect(moved.review.version).toBe(3);
    expect(moved.review.status).toBe("open");
    expect([moved.changesSinceLastReviewed.from, moved.changesSinceLastReviewed.to]).toEqual([1, 3]);
    const validators = moved.changesSinceLastReviewed.structure.nodeGroups.find((g) => g.id === "validators");
    expect(validators?.fields).toEqual([{ path: "count", before: 4, after: 7 }]);
    expect(moved.changesSinceLastReviewed.structure.settings.map((s) => s.field)).toEqual(["description"]);
    expect(moved.changesSinceLastReviewed.cost.deltaMonthlyUsd).toBeGreaterThan(0);

    const told = (await listNotifications(as(t.reviewer2))).notifications.find((n) => n.kind === "review.updated" && n.reviewId === reviewId);
    expect(told?.message).toContain("from version 1 to version 3");
    await expect(updateReviewVersion(as(t.editor), reviewId, { version: 2 })).rejects.toBeInstanceOf(BadRequestError);
    await expect(updateReviewVersion(as(t.editor), reviewId, { version: 9 })).rejects.toBeInstanceOf(NotFoundError);
    expect(await actionsOf(reviewId)).toEqual(["review.request", "review.decide", "review.update"]);
  });

  it("lists my notifications unread first and marks them read, audited once", async () => {
    await reviewedTopology("Inbox one");
    await reviewedTopology("Inbox two");
    const before = await listNotifications(as(t.reviewer2));
    const [first] = before.notifications;
    expect(before.unreadCount).toBeGreaterThanOrEqual(2);
    expect(await markNotificationsRead(as(t.reviewer2), { ids: [first!.id] })).toEqual({ marked: 1 });
    const after = await listNotifications(as(t.reviewer2));
    expect(after.unreadCount).toBe(before.unreadCount - 1);
    expect(after.notifications.at(-1)).toMatchObject({ id: first!.id, read: true });
    expect(after.notifications.slice(0, after.unreadCount).every((n) => !n.read)).toBe(true);
    // Someone else's ids mark nothing; "all" marks the rest.
    expect(await markNotificationsRead(as(t.reviewer), { ids: [after.notifications[0]!.id] })).toEqual({ marked: 0 });
    expect((await markNotificationsRead(as(t.reviewer2), { all: true })).marked).toBe(after.unreadCount);
    expect((await listNotifications(as(t.reviewer2))).unreadCount).toBe(0);
    const reads = await db.prisma.auditEvent.count({ where: { action: "notification.read", actorId: t.reviewer2.user.id } });
    expect(reads).toBe(2);
  });

  it("is not found from another organisation, whatever the step", async () => {
    const { topologyId, reviewId } = await reviewedTopology("Private review");
    const bob = t.outsider;
    await expect(getReview(bob, reviewId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listReviews(bob, topologyId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(commentOnReview(bob, reviewId, comment({ body: "hi" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(decideReview(bob, reviewId, { decision: "approve" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateReviewVersion(bob, reviewId, { version: 2 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(requestReview(bob, topologyId, review({ version: 1, reviewerIds: [t.reviewer.user.id] }))).rejects.toBeInstanceOf(NotFoundError);
    expect((await listNotifications(bob)).notifications).toEqual([]);
  });
});
