import type { Permission } from "../authz/permissions";
import { can } from "../authz/permissions";
import { auth } from "../auth";
import type { ActorContext } from "../context";
import { getDatabase } from "../db";
import { ForbiddenError, UnauthorizedError } from "../errors";
import { activeMembership } from "../orgs/active-membership";
import { errorResponse, json } from "./respond";
import { requestIdOf } from "./request-id";
import { isCrossSiteMutation } from "./same-origin";

export const ACTIVE_ORG_COOKIE = "meridian-org";

type Params = Record<string, string | string[]>;
type RouteContext = { params: Promise<Params> };
type Handler<P extends Params> = (request: Request, actor: ActorContext, params: P) => Promise<Response | unknown>;

/**
 * The one wrapper every authenticated route handler goes through: session (401), membership of the
 * active organisation and the permission the route declares (403), CSRF, request id, error mapping.
 * A handler's plain return value becomes a 200 JSON response.
 */
export function withActor<P extends Params = Params>(permission: Permission, handler: Handler<P>) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    const requestId = requestIdOf(request);
    try {
      if (isCrossSiteMutation(request)) throw new ForbiddenError("Cross-site requests are not allowed.");
      const session = await auth();
      const userId = session?.user?.id;
      if (!userId) throw new UnauthorizedError();
      const { prisma } = await getDatabase();
      const requestedOrg = request.headers.get("x-meridian-org") ?? cookieValue(request, ACTIVE_ORG_COOKIE);
      const membership = await activeMembership(prisma, userId, requestedOrg ?? undefined);
      if (!membership) throw new ForbiddenError("You are not a member of any organisation.");
      if (!can(membership.role, permission)) {
        throw new ForbiddenError(`Your role (${membership.role}) does not allow ${permission}.`);
      }
      const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
      if (!user) throw new UnauthorizedError("Your account no longer exists. Sign in again.");
      const actor: ActorContext = { db: prisma, requestId, organizationId: membership.organizationId, role: membership.role, user };
      const result = await handler(request, actor, (await context.params) as P);
      const response = result instanceof Response ? result : json(result);
      response.headers.set("x-request-id", requestId);
      return response;
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
}

/** Routes open to anyone (health, the published schema): still one wrapper for ids and errors. */
export function publicRoute(handler: (request: Request) => Promise<Response | unknown>) {
  return async (request: Request): Promise<Response> => {
    const requestId = requestIdOf(request);
    try {
      const result = await handler(request);
      const response = result instanceof Response ? result : json(result);
      response.headers.set("x-request-id", requestId);
      return response;
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
}

function cookieValue(request: Request, name: string): string | null {
  const header = request.headers.get("cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return null;
}
