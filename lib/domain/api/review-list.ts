import { z } from "zod";
import { IsoDateTime } from "./common";
import { intText } from "./whole-numbers";
import { REVIEW_STATUSES, ReviewSummarySchema } from "./reviews";

/** The query and answer of GET /api/reviews: the active organisation's reviews, newest activity first. */

export const REVIEW_STATUS_FILTERS = [...REVIEW_STATUSES, "all"] as const;
export type ReviewStatusFilter = (typeof REVIEW_STATUS_FILTERS)[number];

/** Whose reviews: those naming the caller as a reviewer, those the caller asked for, or everyone's. */
export const REVIEW_INVOLVEMENTS = ["me-as-reviewer", "requested-by-me", "any"] as const;
export type ReviewInvolvement = (typeof REVIEW_INVOLVEMENTS)[number];

/**
 * Where a page ended: the last review's activity time and id. Carrying the time (not just the id) keeps
 * the next page in place when that review gets a comment meanwhile and moves to the top.
 */
export interface ReviewListCursor {
  activityMs: number;
  id: string;
}

const CURSOR = /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/;

export function encodeReviewCursor(cursor: ReviewListCursor): string {
  return `${cursor.activityMs}.${cursor.id}`;
}

function decodeReviewCursor(text: string): ReviewListCursor {
  const [, ms, id] = CURSOR.exec(text)!;
  return { activityMs: Number(ms), id: id! };
}

export const ListReviewsQuery = z
  .object({
    status: z.enum(REVIEW_STATUS_FILTERS).default("all"),
    involving: z.enum(REVIEW_INVOLVEMENTS).default("any"),
    cursor: z.string().regex(CURSOR, "not a cursor this list gave out").transform(decodeReviewCursor).optional(),
    limit: intText({ max: 100 }).default(50),
  })
  .strict();
export type ListReviewsQuery = z.output<typeof ListReviewsQuery>;

export const ReviewListItemSchema = ReviewSummarySchema.extend({
  /** Comments on every version the review covered. */
  commentCount: z.number().int(),
  /** The newest of: the request (or its move to another version), its latest comment, its latest decision. */
  lastActivityAt: IsoDateTime,
});
export type ReviewListItem = z.infer<typeof ReviewListItemSchema>;

export const ReviewListPageSchema = z.object({ reviews: z.array(ReviewListItemSchema), nextCursor: z.string().nullable() });
export type ReviewListPage = z.infer<typeof ReviewListPageSchema>;
