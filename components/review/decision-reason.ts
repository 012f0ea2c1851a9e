import type { ReviewView } from "@/lib/domain/api";

export interface DecisionAccess {
  /** Why this member may not approve; null when they may. */
  approve: string | null;
  /** Why this member may not request changes; null when they may. */
  requestChanges: string | null;
}

/** Who may decide, as the server rules: named reviewers with review.decide, and nobody approves their own change. */
export function decisionAccess(review: ReviewView, me: string, versionAuthorId: string | undefined, canDecide: boolean, why: string): DecisionAccess {
  if (!canDecide) {
    const reason = `Deciding on reviews is not allowed: ${why}.`;
    return { approve: reason, requestChanges: reason };
  }
  const named = review.reviewers.some((r) => r.id === me);
  const notNamed = "Only the reviewers this review names can approve or request changes. You can still comment.";
  const own = me === review.requestedBy.id ? "you requested this review" : me === versionAuthorId ? `you authored version ${review.version}` : null;
  return {
    approve: own ? `You can't approve your own change: ${own}. Another reviewer has to approve it.` : named ? null : notNamed,
    requestChanges: named ? null : notNamed,
  };
}
