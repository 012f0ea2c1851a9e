import type { ReviewDecisionKind } from "@prisma/client";
import type { ReviewDecision } from "@/lib/domain/api";

export const toApiDecision = (d: ReviewDecisionKind): ReviewDecision => (d === "request_changes" ? "request-changes" : "approve");
export const toDbDecision = (d: ReviewDecision): ReviewDecisionKind => (d === "request-changes" ? "request_changes" : "approve");

/** Each reviewer's latest decision among rows ordered oldest first (later rows win). */
export function latestByReviewer<T extends { reviewerId: string }>(rowsOldestFirst: readonly T[]): Map<string, T> {
  const latest = new Map<string, T>();
  for (const row of rowsOldestFirst) latest.set(row.reviewerId, row);
  return latest;
}
