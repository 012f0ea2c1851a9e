import { Prisma } from "@prisma/client";
import type { ListReviewsQuery } from "@/lib/domain/api";
import type { ActorContext } from "../context";

export interface ReviewPageRow {
  id: string;
  activityMs: number;
}

/**
 * The ids of one page of the organisation's reviews (one more than the limit, to tell whether another
 * page follows), newest activity first. In SQL because neither the status nor the last activity is
 * stored: the status is derived from the named reviewers' latest decisions on the version under review,
 * exactly as `statusOf` in views.ts derives it; the list's tests check the two agree.
 */
export async function reviewPageRows(ctx: ActorContext, query: ListReviewsQuery): Promise<ReviewPageRow[]> {
  const me = ctx.user.id;
  const involving =
    query.involving === "me-as-reviewer"
      ? Prisma.sql`AND EXISTS (SELECT 1 FROM "ReviewReviewer" rr WHERE rr."reviewId" = r."id" AND rr."userId" = ${me})`
      : query.involving === "requested-by-me"
        ? Prisma.sql`AND r."requestedById" = ${me}`
        : Prisma.empty;
  const status = query.status === "all" ? Prisma.empty : Prisma.sql`AND "status" = ${query.status}`;
  const after = query.cursor
    ? Prisma.sql`AND ("activityMs", "id") < (${query.cursor.activityMs}::bigint, ${query.cursor.id})`
    : Prisma.empty;
  // bigint ms on both sides of the cursor comparison: no time zone or float rounding between pages.
  const rows = await ctx.db.$queryRaw<{ id: string; activity: string }[]>`
    WITH listed AS (
      SELECT r."id",
        (extract(epoch FROM GREATEST(
          r."updatedAt",
          (SELECT max(c."createdAt") FROM "ReviewComment" c WHERE c."reviewId" = r."id"),
          (SELECT max(d."createdAt") FROM "ReviewDecision" d WHERE d."reviewId" = r."id")
        )) * 1000)::bigint AS "activityMs",
        (SELECT CASE
            WHEN bool_or(latest."decision" = 'request_changes') THEN 'changes-requested'
            WHEN bool_or(latest."decision" = 'approve') THEN 'approved'
            ELSE 'open'
          END
          FROM (
            SELECT DISTINCT ON (d."reviewerId") d."decision"
            FROM "ReviewDecision" d
            JOIN "ReviewReviewer" named ON named."reviewId" = d."reviewId" AND named."userId" = d."reviewerId"
            WHERE d."reviewId" = r."id" AND d."version" = r."version"
            ORDER BY d."reviewerId", d."seq" DESC
          ) latest
        ) AS "status"
      FROM "Review" r
      WHERE r."organizationId" = ${ctx.organizationId} ${involving}
    )
    SELECT "id", "activityMs"::text AS "activity" FROM listed
    WHERE TRUE ${status} ${after}
    ORDER BY "activityMs" DESC, "id" DESC
    LIMIT ${query.limit + 1}`;
  return rows.map((row) => ({ id: row.id, activityMs: Number(row.activity) }));
}
