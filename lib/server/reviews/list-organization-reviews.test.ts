import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateReviewBody, ListReviewsQuery, REVIEW_STATUSES, type ReviewListItem } from "@/lib/domain/api";
import type { ActorContext } from "../context";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { twoRegionDocument } from "../testing/access-world";
import { createTopology } from "../topologies/create-topology";
import { saveVersion } from "../topologies/save-version";
import { commentOnReview } from "./comment-on-review";
import { decideReview } from "./decide-review";
import { listOrganizationReviews } from "./list-organization-reviews";
import { requestReview } from "./request-review";
import { as, seedReviewTeam, type ReviewTeam } from "./test-team";
import { updateReviewVersion } from "./update-review-version";

const query = (input: Record<string, string> = {}) => ListReviewsQuery.parse(input);
const list = async (actor: ActorContext, input: Record<string, string> = {}) => (await listOrganizationReviews(as(actor), query(input))).reviews;
const ids = (items: readonly ReviewListItem[]) => items.map((r) => r.id);
/** Timestamps have millisecond precision: a pause keeps "newer activity" unambiguous. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("ListReviewsQuery", () => {
  it("defaults to every status and everyone's reviews, 50 at a time", () => {
    expect(query()).toEqual({ status: "all", involving: "any", limit: 50 });
  });

  it("refuses statuses, involvements and cursors it does not know", () => {
    expect(ListReviewsQuery.safeParse({ status: "closed" }).success).toBe(false);
    expect(ListReviewsQuery.safeParse({ involving: "mine" }).success).toBe(false);
    expect(ListReviewsQuery.safeParse({ cursor: "cuid123" }).success).toBe(false);
    expect(ListReviewsQuery.safeParse({ limit: "500" }).success).toBe(false);
    expect(ListReviewsQuery.safeParse({ page: "2" }).success).toBe(false);
    expect(query({ cursor: "1765000000123.ckabc_1" }).cursor).toEqual({ activityMs: 1765000000123, id: "ckabc_1" });
  });
});

describe.each(DATABASE_KINDS)("the organisation's reviews on %s", (kind) => {
  let db: TestDatabase;
  let t: ReviewTeam;
  /** Reviews of the team's organisation, oldest first. */
  let approved: string, changesRequested: string, reopened: string, open: string, byAdmin: string;
  let foreign: string;

  async function reviewOf(author: ActorContext, name: string, reviewers: ActorContext[]) {
    const { topology } = await createTopology(as(author), { name, document: twoRegionDocument(name) });
    const body = CreateReviewBody.parse({ version: 1, reviewerIds: reviewers.map((r) => r.user.id), message: `Please look at ${name}` });
    const { review } = await requestReview(as(author), topology.id, body);
    await tick();
    return { reviewId: review.id, topologyId: topology.id };
  }

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    t = await seedReviewTeam(db.prisma);

    approved = (await reviewOf(t.editor, "Approved net", [t.reviewer, t.reviewer2])).reviewId;
    // A later decision replaces the same reviewer's earlier one.
    await decideReview(as(t.reviewer), approved, { decision: "request-changes" });
    await decideReview(as(t.reviewer), approved, { decision: "approve" });

    changesRequested = (await reviewOf(t.editor, "Changes net", [t.reviewer])).reviewId;
    await decideReview(as(t.reviewer), changesRequested, { decision: "request-changes" });
    await commentOnReview(as(t.reviewer), changesRequested, { body: "The validators are all in one region" });
    await commentOnReview(as(t.editor), changesRequested, { body: "Fixing" });

    // Decisions on version 1 don't count once the review moves to version 2.
    const moved = await reviewOf(t.editor, "Moved net", [t.reviewer2]);
    reopened = moved.reviewId;
    await decideReview(as(t.reviewer2), reopened, { decision: "approve" });
    await saveVersion(as(t.editor), moved.topologyId, { baseVersion: 1, document: twoRegionDocument("Moved net v2"), message: "v2" });
    await updateReviewVersion(as(t.editor), reopened, { version: 2 });

    open = (await reviewOf(t.editor, "Open net", [t.reviewer, t.admin])).reviewId;
    byAdmin = (await reviewOf(t.admin, "Admin net", [t.reviewer2])).reviewId;

    // Another organisation's review, which nobody in the team may see.
    const { topology } = await createTopology(as(t.outsider), { name: "Elsewhere" });
    foreign = (await db.prisma.review.create({
      data: { organizationId: t.outsider.organizationId, topologyId: topology.id, version: 1, requestedById: t.outsider.user.id },
    })).id;
  });
  afterAll(async () => db?.destroy());

  it("lists every review of the organisation, newest activity first, with what a row needs", async () => {
    const reviews = await list(t.viewer);
    expect(ids(reviews)).toEqual([byAdmin, open, reopened, changesRequested, approved]);
    const changes = reviews.find((r) => r.id === changesRequested)!;
    expect(changes).toMatchObject({
      topologyName: "Changes net",
      version: 1,
      status: "changes-requested",
      requestedBy: { name: "Eddie" },
      reviewers: [{ name: "Rita", decision: "request-changes" }],
      commentCount: 2,
    });
    expect(reviews.find((r) => r.id === reopened)).toMatchObject({ version: 2, status: "open", commentCount: 0, reviewers: [{ name: "Rob", decision: null }] });
    const activity = reviews.map((r) => r.lastActivityAt);
    expect(activity).toEqual([...activity].sort().reverse());
  });

  it("filters by status, agreeing with the status each review shows", async () => {
    const byStatus = Object.fromEntries(
      await Promise.all(REVIEW_STATUSES.map(async (status) => [status, await list(t.owner, { status })] as const)),
    );
    expect(ids(byStatus.approved!)).toEqual([approved]);
    expect(ids(byStatus["changes-requested"]!)).toEqual([changesRequested]);
    expect(ids(byStatus.open!)).toEqual([byAdmin, open, reopened]);
    for (const status of REVIEW_STATUSES) expect(byStatus[status]!.every((r) => r.status === status)).toBe(true);
  });

  it("filters by involvement: named as a reviewer, or asked for by the caller", async () => {
    expect(ids(await list(t.reviewer2, { involving: "me-as-reviewer" }))).toEqual([byAdmin, reopened, approved]);
    expect(ids(await list(t.reviewer2, { involving: "me-as-reviewer", status: "open" }))).toEqual([byAdmin, reopened]);
    expect(ids(await list(t.admin, { involving: "requested-by-me" }))).toEqual([byAdmin]);
    expect(ids(await list(t.admin, { involving: "me-as-reviewer" }))).toEqual([open]);
    expect(await list(t.viewer, { involving: "me-as-reviewer" })).toEqual([]);
    expect(await list(t.viewer, { involving: "requested-by-me" })).toEqual([]);
  });

  it("pages with a cursor through every review once, in order", async () => {
    const all = ids(await list(t.owner));
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof listOrganizationReviews>> = await listOrganizationReviews(as(t.owner), query({ limit: "2", ...(cursor && { cursor }) }));
      seen.push(...ids(page.reviews));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(pages).toBe(3);
  });

  it("keeps its place when a review of an earlier page gets new activity", async () => {
    const first = await listOrganizationReviews(as(t.owner), query({ limit: "2" }));
    const before = ids(await list(t.owner));
    await tick();
    // The last review of the first page moves to the top; the next page still starts right after it.
    await commentOnReview(as(t.reviewer), first.reviews[1]!.id, { body: "One more thought" });
    const second = await listOrganizationReviews(as(t.owner), query({ limit: "2", cursor: first.nextCursor! }));
    expect(ids(second.reviews)).toEqual(before.slice(2, 4));
    expect(ids(await list(t.owner))[0]).toBe(first.reviews[1]!.id);
  });

  it("shows only the active organisation's reviews", async () => {
    expect(ids(await list(t.owner))).not.toContain(foreign);
    expect(ids(await list(t.outsider))).toEqual([foreign]);
    expect(await list(t.outsider, { involving: "me-as-reviewer" })).toEqual([]);
    // The organisation the context acts in decides (the route wrapper has checked membership), not the user.
    const inOther = { ...t.owner, organizationId: t.outsider.organizationId };
    expect(ids(await list(inOther))).toEqual([foreign]);
  });
});
