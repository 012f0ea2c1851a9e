import type { Permission } from "@/lib/domain/authz";
import type { ActorContext, SignedInContext } from "../context";
import { ForbiddenError } from "../errors";
import { authenticate, resolveActor } from "./actor";
import { callerOf } from "./caller";
import { ClientClosedRequestError, isClientAbort } from "./client-abort";
import { errorResponse, json } from "./respond";
import { requestIdOf } from "./request-id";
import { isCrossSiteMutation } from "./same-origin";
import { assertStorableInput } from "./storable-input";

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
 * The one wrapper every authenticated route handler goes through: CSRF check, then who is calling and
 * whether they may (`resolveActor`: 401, 404 across tenants, 403), request id and error mapping. Path
 * parameters are held to what the database can store before anything looks them up. A handler's plain
 * return value becomes a 200 JSON response.
 */
export function withActor<P extends Params = Params>(permission: Permission, handler: Handler<P, ActorContext>): WrappedHandler {
  return wrap({ kind: "permission", permission }, async (request, requestId, params) => {
    const pathOrg = typeof params.orgId === "string" ? params.orgId : undefined;
    return handler(request, await resolveActor(callerOf(request), requestId, permission, pathOrg), params as P);
  });
}

/** Routes about the signed-in user themselves (profile, their organisations, invitations to them). */
export function withSignedIn<P extends Params = Params>(handler: Handler<P, SignedInContext>): WrappedHandler {
  return wrap({ kind: "signed-in" }, async (request, requestId, params) => {
    const { db, user, session } = await authenticate(callerOf(request));
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
      const params = (await context?.params) ?? {};
      assertStorableInput(params, "path");
      const result = await run(request, requestId, params);
      const response = result instanceof Response ? result : json(result);
      response.headers.set("x-request-id", requestId);
      return response;
    } catch (error) {
      // A caller who hung up is not a fault of ours: answered quietly, never logged as unhandled.
      return errorResponse(isClientAbort(error, request) ? new ClientClosedRequestError() : error, requestId);
    }
  };
  return Object.assign(handler, { [ROUTE_POLICY]: policy });
}
