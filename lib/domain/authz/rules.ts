// Access decisions beyond the permission matrix, each in one place: who may move a review or change a saved
// drill, and whether an organisation that requires single sign-on accepts a session.

import { ROLE_RANK, type Role } from "./roles";
import { can, type MembershipScope } from "./permissions";

/**
 * Who may move a review to a newer version: the member who asked for it, or an admin or owner (who run the
 * organisation's reviews). Another editor may not, since moving it re-asks every reviewer.
 */
export function mayMoveReview(actor: { role: Role; userId: string }, review: { requestedById: string }): boolean {
  return review.requestedById === actor.userId || ROLE_RANK[actor.role] >= ROLE_RANK.admin;
}

/** The same answer as the route and the use case together give: the permission, then the review rule. */
export function canMoveReviewVersion(actor: { role: Role; userId: string; scope?: MembershipScope }, review: { requestedById: string }): boolean {
  return can(actor.role, "review.request", actor.scope) && mayMoveReview(actor, review);
}

/**
 * Who may attach, detach or delete a saved outage drill: the member who saved it, or an admin or owner. Another
 * member may not, since a drill attached to a review is part of what its reviewers were shown.
 */
export function mayChangeDrill(actor: { role: Role; userId: string }, drill: { createdById: string }): boolean {
  return drill.createdById === actor.userId || ROLE_RANK[actor.role] >= ROLE_RANK.admin;
}

/** The same answer as the route and the use case together give: the permission, then the drill rule. */
export function canChangeDrill(actor: { role: Role; userId: string; scope?: MembershipScope }, drill: { createdById: string }): boolean {
  return can(actor.role, "drill.save", actor.scope) && mayChangeDrill(actor, drill);
}

/** The sign-in provider of a session made with Meridian's own local sign-in. */
export const LOCAL_SIGN_IN = "local";

/** An organisation that requires single sign-on refuses everything to a session that signed in locally. */
export function usableWithSession(organization: { ssoRequired: boolean }, signInProvider: string | undefined): boolean {
  return !(organization.ssoRequired && signInProvider === LOCAL_SIGN_IN);
}
