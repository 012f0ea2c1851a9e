import type { Permission } from "../authz/permissions";
import { can, describeScope, isScoped, type MembershipScope } from "../authz/permissions";
import { readSession } from "../auth/session";
import type { ActorContext, SignedInContext } from "../context";
import { getDatabase } from "../db";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "../errors";
import { activeMembership, membershipIn, type MembershipWithOrg } from "../orgs/active-membership";
import { errorResponse, json } from "./respond";
import { requestIdOf } from "./request-id";
import { isCrossSiteMutation } from "./same-origin";

export const ACTIVE_ORG_COOKIE = "meridian-org";
export const ACTIVE_ORG_HEADER = "x-meridian-org";

type Params = Record<string, string | string[]>;
type RouteContext = { params: Promise<Params> };
type Handler<P extends Params, C> = (request: Request, actor: C, params: P) => Promise<Response | unknown>;

/** Who may call a route, attached to every wrapped handler so tests can check no route goes unguarded. */
export type RoutePolicy =
  | { kind: "permission"; permission: Permission }
  | { kind: "signed-in" }
  | { kind: "public" };
export const ROUTE_POLICY = Symbol.for("meridian.routePolicy");
export type { SignedInContext };
export type WrappedHandler = ((request: Request, context: RouteContext) => Promise<Response>) & { [ROUTE_POLICY]: RoutePolicy };

/**
 * The one wrapper every authenticated route handler goes through: CSRF check, session (401),
 * membership of the organisation (404 when the path names one the user is not in, so nothing leaks
 * across tenants), SSO requirement, the permission the route declares against the role matrix and
 * the membership's region scope (403), request id and error mapping. A handler's plain return value
 * becomes a 200 JSON response.
 *
 * The organisation is the path's `[orgId]` when the route has one, else the X-Meridian-Org header
 * (404 when the user is not in it), else the meridian-org cookie, falling back to the user's oldest
 * membership.
 */
export function withActor<P extends Params = Params>(permission: Permission, handler: Handler<P, ActorContext>): WrappedHandler {
  return wrap({ kind: "permission", permission }, async (request, requestId, params) => {
    const { db, user, session } = await authenticate(request);
    const pathOrg = typeof params.orgId === "string" ? params.orgId : undefined;
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
    const actor: ActorContext = {
      db,
      requestId,
      organizationId: membership.organizationId,
      role: membership.role,
      user,
      scope,
      signInProvider: session.provider,
    };
    return handler(request, actor, params as P);
  });
}

/** Routes about the signed-in user themselves (profile, their organisations, invitations to them). */
export function withSignedIn<P extends Params = Params>(handler: Handler<P, SignedInContext>): WrappedHandler {
  return wrap({ kind: "signed-in" }, async (request, requestId, params) => {
    const { db, user, session } = await authenticate(request);
    return handler(request, { db, requestId, user, session }, params as P);
  });
}

/** Routes open to anyone (health, the published schema): still one wrapper for ids and errors. */
export function publicRoute(handler: (request: Request) => Promise<Response | unknown>): WrappedHandler {
  return wrap({ kind: "public" }, async (request) => handler(request));
}

function wrap(
  policy: RoutePolicy,
  run: (request: Request, requestId: string, params: Params) => Promise<Response | unknown>,
): WrappedHandler {
  const handler = async (request: Request, context?: RouteContext): Promise<Response> => {
    const requestId = requestIdOf(request);
    try {
      if (policy.kind !== "public" && isCrossSiteMutation(request)) {
        throw new ForbiddenError("Cross-site requests are not allowed.", undefined, "cross_site");
      }
      const result = await run(request, requestId, (await context?.params) ?? {});
      const response = result instanceof Response ? result : json(result);
      response.headers.set("x-request-id", requestId);
      return response;
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
  return Object.assign(handler, { [ROUTE_POLICY]: policy });
}

/** The session's user, or 401: no cookie, a bad token, a deleted user or a session ended everywhere. */
async function authenticate(request: Request) {
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
