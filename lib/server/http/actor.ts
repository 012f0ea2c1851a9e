import type { Permission } from "../authz/permissions";
import { can, describeScope, isScoped, type MembershipScope } from "../authz/permissions";
import { readSession } from "../auth/session";
import type { ActorContext } from "../context";
import { getDatabase } from "../db";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "../errors";
import { activeMembership, membershipIn, type MembershipWithOrg } from "../orgs/active-membership";

export const ACTIVE_ORG_COOKIE = "meridian-org";
export const ACTIVE_ORG_HEADER = "x-meridian-org";

/**
 * Who is calling and what they may do, decided once for route handlers and server-rendered pages alike:
 * session (401), membership of the organisation (404 when the request names one the user is not in, so
 * nothing leaks across tenants), SSO requirement, then the permission against the role matrix and the
 * membership's region scope (403).
 *
 * The organisation is the path's `[orgId]` when there is one, else the X-Meridian-Org header (404 when the
 * user is not in it), else the meridian-org cookie, falling back to the user's oldest membership.
 */
export async function resolveActor(request: Request, requestId: string, permission: Permission, pathOrg?: string): Promise<ActorContext> {
  const { db, user, session } = await authenticate(request);
  let membership: MembershipWithOrg | null;
  if (pathOrg) {
    membership = await membershipIn(db, user.id, pathOrg);
    if (!membership) throw new NotFoundError("Organisation");
  } else if (request.headers.get(ACTIVE_ORG_HEADER)) {
    // An explicit organisation the caller is not in is "not found", never silently another one.
    membership = await membershipIn(db, user.id, request.headers.get(ACTIVE_ORG_HEADER)!);
    if (!membership) throw new NotFoundError("Organisation");
  } else {
    // The cookie is a preference: a stale one falls back to the user's own organisation.
    const requested = cookieValue(request, ACTIVE_ORG_COOKIE) ?? undefined;
    membership = await activeMembership(db, user.id, requested, session.provider);
    if (!membership) throw new ForbiddenError("You are not a member of any organisation.", undefined, "no_membership");
  }
  if (membership.organization.ssoRequired && session.provider === "local") {
    throw new ForbiddenError(
      `${membership.organization.name} requires single sign-on: sign in with your organisation's identity provider.`,
      undefined,
      "sso_required",
    );
  }
  const scope: MembershipScope = { providers: membership.scopeProviders, regions: membership.scopeRegions };
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

/** The session's user, or 401: no cookie, a bad token, a deleted user or a session ended everywhere. */
export async function authenticate(request: Request) {
  const session = await readSession(request);
  if (!session) throw new UnauthorizedError();
  const { prisma: db } = await getDatabase();
  const found = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, sessionVersion: true },
  });
  if (!found) throw new UnauthorizedError("Your account no longer exists. Sign in again.");
  if (found.sessionVersion !== session.sessionVersion) {
    throw new UnauthorizedError("This session was signed out everywhere. Sign in again.");
  }
  const user = { id: found.id, email: found.email, name: found.name };
  return { db, user, session };
}

export function cookieValue(request: Request, name: string): string | null {
  const header = request.headers.get("cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) {
      try {
        return decodeURIComponent(v.join("="));
      } catch {
        return null;
      }
    }
  }
  return null;
}
