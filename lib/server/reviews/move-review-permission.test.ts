import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../errors";
import { addMember, twoRegionDocument } from "../testing/access-world";
import { actorFor } from "../testing/actors";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import type { ActorContext } from "../context";
import { createTopology } from "../topologies/create-topology";
import { saveVersion } from "../topologies/save-version";
import { getReview } from "./get-review";
import { requestReview } from "./request-review";
import { as, seedReviewTeam, type ReviewTeam } from "./test-team";
import { updateReviewVersion } from "./update-review-version";

describe.each(DATABASE_KINDS)("who may move a review to a newer version on %s", (kind) => {
  let db: TestDatabase;
  let t: ReviewTeam;
  let otherEditor: ActorContext;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    t = await seedReviewTeam(db.prisma);
    const edna = await addMember(db.prisma, t.owner.organizationId, `edna-${kind}@team.example`, "editor");
    otherEditor = actorFor(db.prisma, { ...edna, name: "Edna" }, t.owner.organizationId, "editor");
  });
  afterAll(async () => db?.destroy());

  /** Eddie's review of version 1 of a topology that has moved on to version 3. */
  async function reviewLeftBehind() {
    const doc = twoRegionDocument("Moving on");
    const { topology } = await createTopology(as(t.editor), { name: doc.name, document: doc });
    const { review } = await requestReview(as(t.editor), topology.id, { version: 1, reviewerIds: [t.reviewer.user.id], message: "" });
    await saveVersion(as(t.editor), topology.id, { baseVersion: 1, document: { ...doc, description: "v2" }, message: "v2" });
    await saveVersion(as(otherEditor), topology.id, { baseVersion: 2, document: { ...doc, description: "v3" }, message: "v3" });
    return review.id;
  }

  it("refuses another editor with 403 naming who may, and leaves the review where it was", async () => {
    const reviewId = await reviewLeftBehind();
    const events = () => db.prisma.auditEvent.count({ where: { targetId: reviewId } });
    const before = await events();
    const refused = await updateReviewVersion(as(otherEditor), reviewId, { version: 3 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ForbiddenError);
    expect(refused).toMatchObject({ status: 403, code: "not_review_requester" });
    expect((refused as Error).message).toBe("Only Eddie, who asked for this review, or an admin or owner may move it to a newer version.");
    expect((await getReview(as(t.owner), reviewId)).review.version).toBe(1);
    expect(await events()).toBe(before);
  });

  it("lets the requester and an admin move it", async () => {
    const reviewId = await reviewLeftBehind();
    expect((await updateReviewVersion(as(t.editor), reviewId, { version: 2 })).review.version).toBe(2);
    expect((await updateReviewVersion(as(t.admin), reviewId, { version: 3 })).review.version).toBe(3);
  });

  it("tells each caller whether they may, in the review they read", async () => {
    const reviewId = await reviewLeftBehind();
    const may = async (actor: ActorContext) => (await getReview(as(actor), reviewId)).review.canMoveVersion;
    expect({
      requester: await may(t.editor),
      admin: await may(t.admin),
      owner: await may(t.owner),
      otherEditor: await may(otherEditor),
      reviewer: await may(t.reviewer),
      viewer: await may(t.viewer),
    }).toEqual({ requester: true, admin: true, owner: true, otherEditor: false, reviewer: false, viewer: false });
  });
});
