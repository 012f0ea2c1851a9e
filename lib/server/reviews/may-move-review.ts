import { can, ROLE_RANK } from "../authz/permissions";
import type { ActorContext } from "../context";

type Mover = Pick<ActorContext, "role" | "scope" | "user">;

/**
 * Who may move a review to a newer version: the member who asked for it, or an admin or owner (who run
 * the organisation's reviews). Another editor may not, since moving it re-asks every reviewer.
 */
export function mayMoveReview(actor: Mover, review: { requestedById: string }): boolean {
  return review.requestedById === actor.user.id || ROLE_RANK[actor.role] >= ROLE_RANK.admin;
}

/** The same answer as the route and the use case together give: the permission, then the review rule. */
export function canMoveReviewVersion(actor: Mover, review: { requestedById: string }): boolean {
  return can(actor.role, "review.request", actor.scope) && mayMoveReview(actor, review);
}
