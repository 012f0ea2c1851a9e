import type { Permission } from "@/lib/domain/authz";
import { can, describeScope, isScoped, type MembershipScope, readStoredScope, usableWithSession } from "@/lib/domain/authz";
import { readSessionCookies } from "../auth/session";
import { requireLiveSession } from "../auth/sessions/live-session";
import { findSessionRecord } from "../auth/sessions/records";
import type { ActorContext } from "../context";
import { getDatabase } from "../db";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "../errors";
import { activeMembership, membershipIn, type MembershipWithOrg } from "../orgs/active-membership";
import { ACTIVE_ORG_COOKIE, type Caller, cookieValue } from "./caller";

/**
 * Who is calling and what they may do, decided once for route handlers, server-rendered pages and server
 * actions alike: session (401), membership of the organisation (404 when the request names one the user is
 * not in, so nothing leaks across tenants), SSO requirement, then the permission against the role matrix
 * and the membership's region scope (403).
 */
export async function resolveActor(caller: Caller, requestId: string, permission: Permission, pathOrg?: string): Promise<ActorContext> {
  const { db, user, session, membership, scope, usable } = await resolveMembership(caller, pathOrg);
  if (!usable) {
    throw new ForbiddenError(
      `${membership.organization.name} requires single sign-on: sign in with your organisation's identity provider.`,
      undefined,
      "sso_required",
    );
  }
  if (!can(membership.role, permission, scope)) {
    const because = can(membership.role, permission)
      ? `your membership is limited to ${describeScope(scope)}`
      : `your role (${membership.role}) does not allow it`;
    throw new ForbiddenError(`You may not do this (${permission}): ${because}.`, { permission, role: membership.role, ...(isScoped(scope) && { scope }) });
  }
  return {
    db,
    requestId,
    organizationId: membership.organizationId,
    role: membership.role,
    user,
    scope,
    signInProvider: session.provider,
  };
}

/**
 * The caller's session and the membership they act in, with its scope and whether this session may use it
 * (an organisation requiring SSO refuses a local session). The organisation is the path's `[orgId]` when
 * there is one, else the X-Meridian-Org header (404 when the user is not in it), else the meridian-org
 * cookie, falling back to the user's oldest usable membership (403 no_membership when there is none).
 */
export async function resolveMembership(caller: Caller, pathOrg?: string) {
  const { db, user, session } = await authenticate(caller);
  let membership: MembershipWithOrg | null;
  const named = pathOrg ?? caller.organization;
  if (named) {
    // An explicit organisation the caller is not in is "not found", never silently another one.
    membership = await membershipIn(db, user.id, named);
    if (!membership) throw new NotFoundError("Organisation");
  } else {
    // The cookie is a preference: a stale one falls back to the user's own organisation.
    const requested = cookieValue(caller.cookie, ACTIVE_ORG_COOKIE) ?? undefined;
    membership = await activeMembership(db, user.id, requested, session.provider);
    if (!membership) throw new ForbiddenError("You are not a member of any organisation.", undefined, "no_membership");
  }
  const scope: MembershipScope = readStoredScope(membership.scopeProviders, membership.scopeRegions);
  return { db, user, session, membership, scope, usable: usableWithSession(membership.organization, session.provider) };
}

/**
 * The session's user, or 401: no cookie, a bad token, a deleted user, a session ended everywhere, or one
 * whose server-side record was ended (signed out or ended from the sessions list, on any instance).
 */
export async function authenticate(caller: Caller) {
  const session = await readSessionCookies(caller.cookie);
  if (!session) throw new UnauthorizedError();
  const { prisma: db } = await getDatabase();
  // Both by primary key, side by side: the record check adds no round trip.
  const [found, record] = await Promise.all([
    db.user.findUnique({ where: { id: session.userId }, select: { id: true, email: true, name: true, sessionVersion: true } }),
    session.sessionId ? findSessionRecord(db, session.sessionId) : null,
  ]);
  if (!found) throw new UnauthorizedError("Your account no longer exists. Sign in again.");
  if (found.sessionVersion !== session.sessionVersion) {
    throw new UnauthorizedError("This session was signed out everywhere. Sign in again.");
  }
  if (session.sessionId) await requireLiveSession(db, session.sessionId, record, found.id);
  const user = { id: found.id, email: found.email, name: found.name };
  return { db, user, session };
}
