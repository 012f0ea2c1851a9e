import type { RoutePolicy } from "../http/route";
import type { Permission } from "@/lib/domain/authz";

/**
 * Who gets what from every API route: the declared answer for each kind of caller. The test beside
 * this file discovers app/api/**\/route.ts, fails for any exported method without a row here, checks
 * each handler carries the row's policy, then calls every handler as every caller against a seeded
 * database and expects exactly these statuses.
 *
 * Callers: anonymous (no session); viewer … owner of organisation A; otherOrg, the owner of another
 * organisation addressing A's resources (A's ids in the path, or A in X-Meridian-Org); regionEditor,
 * an editor of A limited to one region.
 */
export const MATRIX_ACTORS = ["anonymous", "viewer", "editor", "reviewer", "admin", "owner", "otherOrg", "regionEditor"] as const;
export type MatrixActor = (typeof MATRIX_ACTORS)[number];

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Routes not behind withActor/withSignedIn/publicRoute, and why. */
export type ExternalPolicy = { kind: "external"; why: string };

export interface RouteMatrixRow {
  method: HttpMethod;
  /** The route as its folder names it: "/api/orgs/[orgId]/members/[memberId]". */
  route: string;
  /** A second scenario on the same route (another organisation's id, a change outside the region). */
  case?: string;
  policy: RoutePolicy | ExternalPolicy;
  /** Expected status per caller; absent for external routes, which the matrix does not call. */
  expect?: Record<MatrixActor, number>;
}

type Statuses = [anonymous: number, viewer: number, editor: number, reviewer: number, admin: number, owner: number, otherOrg: number, regionEditor: number];

const perm = (permission: Permission): RoutePolicy => ({ kind: "permission", permission });
const SIGNED_IN: RoutePolicy = { kind: "signed-in" };
const PUBLIC: RoutePolicy = { kind: "public" };
const AUTH_JS: ExternalPolicy = { kind: "external", why: "Auth.js's own sign-in, callback and session endpoints (rate limited)" };

function row(method: HttpMethod, route: string, policy: RoutePolicy, statuses: Statuses, scenario?: string): RouteMatrixRow {
  const expect = Object.fromEntries(MATRIX_ACTORS.map((actor, i) => [actor, statuses[i]!])) as Record<MatrixActor, number>;
  return { method, route, policy, expect, ...(scenario && { case: scenario }) };
}

const OUTSIDE_REGION = "outside the member's regions";
const FOREIGN_MEMBER = "another organisation's member";
const FOREIGN_INVITATION = "another organisation's invitation";
const SOMEONE_ELSES = "addressed to someone else";
const PUBLIC_TEMPLATE = "to every organisation";
const UNAPPROVED_PRODUCTION = "a production version without approvals";
const OWN_CHANGE = "the caller's own change";
const FOREIGN_REVIEW = "another organisation's review";
const AS_PDF = "as a PDF";
const OTHERS_REVIEW = "another member's review";
const ANOTHER_USERS_SESSION = "another user's session";
const FOREIGN_TOPOLOGY = "another organisation's topology";
const FOREIGN_DRILL = "another organisation's drill";
const OTHERS_DRILL = "another member's drill";

// prettier-ignore
export const ROUTE_MATRIX: readonly RouteMatrixRow[] = [
  //                                                                                      anon viewer editor review admin owner other region
  row("GET",    "/api/health",                             PUBLIC,                      [200, 200,   200,   200,   200,  200,  200,  200]),
  row("GET",    "/api/schema",                             PUBLIC,                      [200, 200,   200,   200,   200,  200,  200,  200]),
  row("GET",    "/api/audit",                              perm("audit.read"),          [401, 403,   200,   200,   200,  200,  404,  200]),
  row("GET",    "/api/audit/verify",                       perm("audit.verify"),        [401, 403,   403,   403,   200,  200,  404,  403]),
  row("GET",    "/api/audit/checkpoints",                  perm("audit.verify"),        [401, 403,   403,   403,   200,  200,  404,  403]),
  row("POST",   "/api/audit/checkpoints",                  perm("audit.verify"),        [401, 403,   403,   403,   200,  200,  404,  403]),
  row("GET",    "/api/audit/export",                       perm("audit.verify"),        [401, 403,   403,   403,   200,  200,  404,  403]),
  row("GET",    "/api/topologies",                         perm("topology.read"),       [401, 200,   200,   200,   200,  200,  404,  200]),
  row("POST",   "/api/topologies",                         perm("topology.create"),     [401, 403,   201,   403,   201,  201,  404,  403]),
  row("GET",    "/api/topologies/[id]",                    perm("topology.read"),       [401, 200,   200,   200,   200,  200,  404,  200]),
  row("PUT",    "/api/topologies/[id]",                    perm("topology.edit"),       [401, 403,   201,   403,   201,  201,  404,  201]),
  row("PUT",    "/api/topologies/[id]",                    perm("topology.edit"),       [401, 403,   201,   403,   201,  201,  404,  403], OUTSIDE_REGION),
  row("PATCH",  "/api/topologies/[id]",                    perm("topology.archive"),    [401, 403,   200,   403,   200,  200,  404,  403]),
  row("POST",   "/api/topologies/[id]/export",             perm("topology.export"),     [401, 403,   200,   403,   200,  200,  404,  403]),
  row("GET",    "/api/topologies/[id]/versions",           perm("topology.read"),       [401, 200,   200,   200,   200,  200,  404,  200]),
  row("GET",    "/api/topologies/[id]/versions/[number]",  perm("topology.read"),       [401, 200,   200,   200,   200,  200,  404,  200]),
  row("POST",   "/api/topologies/[id]/publish",            perm("template.publish"),    [401, 403,   201,   403,   201,  201,  404,  403]),
  row("POST",   "/api/topologies/[id]/publish",            perm("template.publish"),    [401, 403,   403,   403,   201,  201,  404,  403], PUBLIC_TEMPLATE),
  // Team review. Marking production is admin+ (topology.production): the editors whose exports it gates may not lift it.
  row("POST",   "/api/topologies/[id]/export",             perm("topology.export"),     [401, 403,   403,   403,   403,  403,  404,  403], UNAPPROVED_PRODUCTION),
  row("GET",    "/api/topologies/[id]/diff",               perm("topology.read"),       [401, 200,   200,   200,   200,  200,  404,  200]),
  row("POST",   "/api/topologies/[id]/versions/[number]/restore", perm("topology.edit"), [401, 403,  201,   403,   201,  201,  404,  201]),
  row("GET",    "/api/topologies/[id]/versions/[number]/report",  perm("audit.read"),    [401, 403,  200,   200,   200,  200,  404,  200]),
  row("GET",    "/api/topologies/[id]/versions/[number]/report",  perm("audit.read"),    [401, 403,  200,   200,   200,  200,  404,  200], AS_PDF),
  row("GET",    "/api/topologies/[id]/reviews",            perm("topology.read"),       [401, 200,   200,   200,   200,  200,  404,  200]),
  row("POST",   "/api/topologies/[id]/reviews",            perm("review.request"),      [401, 403,   201,   403,   201,  201,  404,  201]),
  row("GET",    "/api/topologies/[id]/production",         perm("topology.read"),       [401, 200,   200,   200,   200,  200,  404,  200]),
  row("PATCH",  "/api/topologies/[id]/production",         perm("topology.production"), [401, 403,   403,   403,   200,  200,  404,  403]),
  row("GET",    "/api/reviews",                            perm("topology.read"),       [401, 200,   200,   200,   200,  200,  404,  200]),
  row("GET",    "/api/reviews/[reviewId]",                 perm("topology.read"),       [401, 200,   200,   200,   200,  200,  404,  200]),
  row("GET",    "/api/reviews/[reviewId]",                 perm("topology.read"),       [401, 404,   404,   404,   404,  404,  404,  404], FOREIGN_REVIEW),
  row("POST",   "/api/reviews/[reviewId]/comments",        perm("review.comment"),      [401, 403,   201,   201,   201,  201,  404,  201]),
  row("POST",   "/api/reviews/[reviewId]/comments",        perm("review.comment"),      [401, 403,   404,   404,   404,  404,  404,  404], FOREIGN_REVIEW),
  row("POST",   "/api/reviews/[reviewId]/decision",        perm("review.decide"),       [401, 403,   201,   201,   201,  201,  404,  403]),
  row("POST",   "/api/reviews/[reviewId]/decision",        perm("review.decide"),       [401, 403,   403,   403,   403,  403,  404,  403], OWN_CHANGE),
  // Moving a review on re-asks its reviewers: the caller's own review, or as an admin or owner (the use case checks).
  row("POST",   "/api/reviews/[reviewId]/version",         perm("review.request"),      [401, 403,   200,   403,   200,  200,  404,  200]),
  row("POST",   "/api/reviews/[reviewId]/version",         perm("review.request"),      [401, 403,   403,   403,   200,  200,  404,  403], OTHERS_REVIEW),
  // Saved outage drills: saved by whoever may comment on reviews; attached, detached or deleted by their creator,
  // an admin or an owner (the use case checks). Another organisation's drill, topology or review is "not found".
  row("GET",    "/api/topologies/[id]/drills",             perm("topology.read"),       [401, 200,   200,   200,   200,  200,  404,  200]),
  row("GET",    "/api/topologies/[id]/drills",             perm("topology.read"),       [401, 404,   404,   404,   404,  404,  404,  404], FOREIGN_TOPOLOGY),
  row("POST",   "/api/topologies/[id]/drills",             perm("drill.save"),          [401, 403,   201,   201,   201,  201,  404,  201]),
  row("POST",   "/api/topologies/[id]/drills",             perm("drill.save"),          [401, 403,   404,   404,   404,  404,  404,  404], FOREIGN_TOPOLOGY),
  row("PATCH",  "/api/topologies/[id]/drills/[drillId]",   perm("drill.save"),          [401, 403,   200,   200,   200,  200,  404,  200]),
  row("PATCH",  "/api/topologies/[id]/drills/[drillId]",   perm("drill.save"),          [401, 403,   403,   403,   200,  200,  404,  403], OTHERS_DRILL),
  row("PATCH",  "/api/topologies/[id]/drills/[drillId]",   perm("drill.save"),          [401, 403,   404,   404,   404,  404,  404,  404], FOREIGN_DRILL),
  row("DELETE", "/api/topologies/[id]/drills/[drillId]",   perm("drill.save"),          [401, 403,   200,   200,   200,  200,  404,  200]),
  row("DELETE", "/api/topologies/[id]/drills/[drillId]",   perm("drill.save"),          [401, 403,   403,   403,   200,  200,  404,  403], OTHERS_DRILL),
  row("DELETE", "/api/topologies/[id]/drills/[drillId]",   perm("drill.save"),          [401, 403,   404,   404,   404,  404,  404,  404], FOREIGN_DRILL),
  row("GET",    "/api/reviews/[reviewId]/drills",          perm("topology.read"),       [401, 200,   200,   200,   200,  200,  404,  200]),
  row("GET",    "/api/reviews/[reviewId]/drills",          perm("topology.read"),       [401, 404,   404,   404,   404,  404,  404,  404], FOREIGN_REVIEW),
  row("GET",    "/api/notifications",                      perm("notification.read"),   [401, 200,   200,   200,   200,  200,  404,  200]),
  row("POST",   "/api/notifications/read",                 perm("notification.read"),   [401, 200,   200,   200,   200,  200,  404,  200]),
  row("GET",    "/api/orgs/[orgId]/review-policy",         perm("org.read"),            [401, 200,   200,   200,   200,  200,  404,  200]),
  row("PATCH",  "/api/orgs/[orgId]/review-policy",         perm("org.settings"),        [401, 403,   403,   403,   200,  200,  404,  403]),
  row("GET",    "/api/templates",                          perm("topology.read"),       [401, 200,   200,   200,   200,  200,  404,  200]),
  row("GET",    "/api/templates/[templateId]",             perm("topology.read"),       [401, 200,   200,   200,   200,  200,  404,  200]),
  row("POST",   "/api/templates/[templateId]/fork",        perm("topology.create"),     [401, 403,   201,   403,   201,  201,  404,  403]),
  // Ratings are shared with every organisation that sees the template: viewers only read them.
  row("POST",   "/api/templates/[templateId]/rating",      perm("template.rate"),       [401, 403,   200,   200,   200,  200,  404,  403]),
  row("GET",    "/api/me/organizations",                   SIGNED_IN,                   [401, 200,   200,   200,   200,  200,  200,  200]),
  row("POST",   "/api/me/sign-out-everywhere",             SIGNED_IN,                   [401, 200,   200,   200,   200,  200,  200,  200]),
  // Sessions are the user's own: another user's, whoever asks, is "not found".
  row("GET",    "/api/me/sessions",                        SIGNED_IN,                   [401, 200,   200,   200,   200,  200,  200,  200]),
  row("DELETE", "/api/me/sessions/[sessionId]",            SIGNED_IN,                   [401, 200,   200,   200,   200,  200,  200,  200]),
  row("DELETE", "/api/me/sessions/[sessionId]",            SIGNED_IN,                   [401, 404,   404,   404,   404,  404,  404,  404], ANOTHER_USERS_SESSION),
  row("GET",    "/api/orgs/[orgId]",                       perm("org.read"),            [401, 200,   200,   200,   200,  200,  404,  200]),
  row("PATCH",  "/api/orgs/[orgId]",                       perm("org.settings"),        [401, 403,   403,   403,   200,  200,  404,  403]),
  // Nothing is claimed in the seeded world, so an allowed caller learns there is no claim to verify.
  row("POST",   "/api/orgs/[orgId]/sso-domain/verify",     perm("org.settings"),        [401, 403,   403,   403,   404,  404,  404,  403]),
  row("GET",    "/api/orgs/[orgId]/members",               perm("member.read"),         [401, 200,   200,   200,   200,  200,  404,  200]),
  row("PATCH",  "/api/orgs/[orgId]/members/[memberId]",    perm("member.manage"),       [401, 403,   403,   403,   200,  200,  404,  403]),
  row("PATCH",  "/api/orgs/[orgId]/members/[memberId]",    perm("member.manage"),       [401, 403,   403,   403,   404,  404,  404,  403], FOREIGN_MEMBER),
  row("DELETE", "/api/orgs/[orgId]/members/[memberId]",    perm("member.manage"),       [401, 403,   403,   403,   200,  200,  404,  403]),
  row("DELETE", "/api/orgs/[orgId]/members/[memberId]",    perm("member.manage"),       [401, 403,   403,   403,   404,  404,  404,  403], FOREIGN_MEMBER),
  row("GET",    "/api/orgs/[orgId]/invitations",           perm("invitation.manage"),   [401, 403,   403,   403,   200,  200,  404,  403]),
  row("POST",   "/api/orgs/[orgId]/invitations",           perm("invitation.manage"),   [401, 403,   403,   403,   201,  201,  404,  403]),
  row("DELETE", "/api/orgs/[orgId]/invitations/[invitationId]", perm("invitation.manage"), [401, 403, 403,   403,   200,  200,  404,  403]),
  row("DELETE", "/api/orgs/[orgId]/invitations/[invitationId]", perm("invitation.manage"), [401, 403, 403,   403,   404,  404,  404,  403], FOREIGN_INVITATION),
  row("POST",   "/api/invitations/accept",                 SIGNED_IN,                   [401, 200,   200,   200,   200,  200,  200,  200]),
  row("POST",   "/api/invitations/accept",                 SIGNED_IN,                   [401, 404,   404,   404,   404,  404,  404,  404], SOMEONE_ELSES),
  { method: "GET", route: "/api/auth/[...nextauth]", policy: AUTH_JS },
  { method: "POST", route: "/api/auth/[...nextauth]", policy: AUTH_JS },
];

/** "PUT /api/topologies/[id] (outside the member's regions)": the key fixtures are declared under. */
export function rowKey(row: Pick<RouteMatrixRow, "method" | "route" | "case">): string {
  return `${row.method} ${row.route}${row.case ? ` (${row.case})` : ""}`;
}
