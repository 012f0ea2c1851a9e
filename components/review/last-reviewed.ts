import type { ReviewView } from "@/lib/domain/api";

/**
 * The newest version before the one under review that someone looked at in this review (decided or
 * commented on): what "changed since the last review" is measured from. Undefined when there is none.
 */
export function lastReviewedVersion(review: ReviewView): number | undefined {
  const earlier = [...review.decisions.map((d) => d.version), ...review.comments.map((c) => c.version)].filter((v) => v < review.version);
  return earlier.length ? Math.max(...earlier) : undefined;
}
