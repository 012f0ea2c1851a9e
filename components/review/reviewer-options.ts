import type { MemberView } from "@/lib/domain/api";

const MAY_REVIEW = new Set(["owner", "admin", "editor", "reviewer"]);

export interface ReviewerOption {
  member: MemberView;
  /** Why this member can't review this version; null when they can. */
  unavailable: string | null;
}

/**
 * The members who may review, as the server decides: reviewer role or above, not limited to regions,
 * and neither the person asking nor the version's author.
 */
export function reviewerOptions(members: readonly MemberView[], me: string, authorId: string | undefined, version: number): ReviewerOption[] {
  return members
    .filter((m) => MAY_REVIEW.has(m.role) && m.scope.providers.length === 0 && m.scope.regions.length === 0 && m.userId !== me)
    .map((member) => ({ member, unavailable: member.userId === authorId ? `authored version ${version}` : null }));
}

/** Why nobody can be asked for a review (no member but the asker may review), or null when someone can. */
export const NO_REVIEWERS_REASON = "Nobody else here may review: reviewers need the reviewer role or above, not limited to regions.";

export function noReviewersReason(members: readonly MemberView[], me: string): string | null {
  return reviewerOptions(members, me, undefined, 0).length === 0 ? NO_REVIEWERS_REASON : null;
}
