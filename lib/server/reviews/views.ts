import type { Prisma } from "@prisma/client";
import type { ReviewStatus, ReviewSummary, ReviewView } from "@/lib/domain/api";
import type { ActorContext } from "../context";
import type { Db } from "../db";
import { latestByReviewer, toApiDecision } from "./decisions";
import { canMoveReviewVersion } from "@/lib/domain/authz";
import { peopleById } from "./people";

export const REVIEW_INCLUDE = {
  reviewers: true,
  topology: { select: { id: true, name: true, currentVersion: true } },
  decisions: { orderBy: { seq: "asc" } },
} as const satisfies Prisma.ReviewInclude;

type ReviewRow = Prisma.ReviewGetPayload<{ include: typeof REVIEW_INCLUDE }>;
type CommentRow = Prisma.ReviewCommentGetPayload<object>;

/** Summaries of reviews: the named reviewers' latest decisions on the version under review give the status. */
export async function reviewSummaries(db: Db, rows: readonly ReviewRow[]): Promise<ReviewSummary[]> {
  const person = await peopleById(db, rows.flatMap((r) => [r.requestedById, ...r.reviewers.map((x) => x.userId)]));
  return rows.map((r) => {
    const latest = latestByReviewer(r.decisions.filter((d) => d.version === r.version));
    const reviewers = r.reviewers.map((x) => {
      const decision = latest.get(x.userId);
      return { ...person(x.userId), decision: decision ? toApiDecision(decision.decision) : null };
    });
    return {
      id: r.id,
      topologyId: r.topologyId,
      topologyName: r.topology.name,
      version: r.version,
      latestVersion: r.topology.currentVersion,
      requestedBy: person(r.requestedById),
      message: r.message,
      status: statusOf(reviewers.map((x) => x.decision)),
      reviewers,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

function statusOf(decisions: readonly (string | null)[]): ReviewStatus {
  if (decisions.includes("request-changes")) return "changes-requested";
  return decisions.includes("approve") ? "approved" : "open";
}

/** One review as `actor` sees it: what they may do with it is part of the answer, so the UI offers only that. */
export async function reviewView(db: Db, row: ReviewRow, comments: readonly CommentRow[], actor: ActorContext): Promise<ReviewView> {
  const [summary] = await reviewSummaries(db, [row]);
  const person = await peopleById(db, [...comments.map((c) => c.authorId), ...row.decisions.map((d) => d.reviewerId)]);
  return {
    ...summary!,
    canMoveVersion: canMoveReviewVersion({ role: actor.role, userId: actor.user.id, scope: actor.scope }, row),
    comments: comments.map((c) => ({
      id: c.id,
      author: person(c.authorId),
      version: c.version,
      body: c.body,
      target: c.targetKind && c.targetId ? { kind: c.targetKind as "region" | "nodeGroup" | "link", id: c.targetId } : null,
      createdAt: c.createdAt.toISOString(),
    })),
    decisions: row.decisions.map((d) => ({
      id: d.id,
      reviewer: person(d.reviewerId),
      version: d.version,
      decision: toApiDecision(d.decision),
      comment: d.comment,
      createdAt: d.createdAt.toISOString(),
    })),
  };
}
