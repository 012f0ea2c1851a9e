import { readdirSync } from "node:fs";
import { regionKey } from "@/lib/domain/region-key";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Role } from "@prisma/client";
import { describe, expect, it, vi } from "vitest";
import { ROUTE_POLICY, type WrappedHandler } from "../http/route";
import type { AccessWorld } from "../testing/access-world";
import { DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { ROUTE_FIXTURES } from "../testing/route-fixtures";
import { callRoute, sessionCookieFor } from "../testing/sessions";
import { can, type MembershipScope } from "@/lib/domain/authz";
import { HTTP_METHODS, MATRIX_ACTORS, ROUTE_MATRIX, rowKey, type MatrixActor, type RouteMatrixRow } from "./route-matrix";
import { serveAccessWorld } from "../testing/served-world";

// Auth.js does not load under vitest (it imports "next/server" without an extension). Its route is
// declared external in the matrix, so only its exports are inspected, never called.
vi.mock("@/lib/server/auth", () => ({ handlers: { GET: async () => new Response(null), POST: async () => new Response(null) } }));

const API_ROOT = fileURLToPath(new URL("../../../app/api", import.meta.url));

/** Every app/api/**\/route.ts, as "/api/orgs/[orgId]" and its absolute file. */
function discoverRoutes(): { route: string; file: string }[] {
  return readdirSync(API_ROOT, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => {
      const dir = path.dirname(file).split(path.sep).join("/");
      return { route: dir === "." ? "/api" : `/api/${dir}`, file: path.join(API_ROOT, file) };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

const ROUTES = discoverRoutes();
const MODULES = new Map<string, Record<string, unknown>>(
  await Promise.all(ROUTES.map(async ({ route, file }) => [route, (await import(/* @vite-ignore */ file)) as Record<string, unknown>] as const)),
);
const exportedMethods = (route: string) => HTTP_METHODS.filter((m) => typeof MODULES.get(route)?.[m] === "function");
const handlerOf = (row: RouteMatrixRow) => MODULES.get(row.route)?.[row.method] as WrappedHandler | undefined;

const REGION_SCOPE: MembershipScope = { providers: [], regions: [regionKey("azure", "westeurope")] };
const MEMBER_ROLES: [Exclude<MatrixActor, "anonymous" | "otherOrg">, Role, MembershipScope | undefined][] = [
  ["viewer", "viewer", undefined],
  ["editor", "editor", undefined],
  ["reviewer", "reviewer", undefined],
  ["admin", "admin", undefined],
  ["owner", "owner", undefined],
  ["regionEditor", "editor", REGION_SCOPE],
];

describe("the route matrix", () => {
  it("finds the API routes on disk", () => {
    expect(ROUTES.length).toBeGreaterThan(10);
    expect(ROUTES.map((r) => r.route)).toContain("/api/orgs/[orgId]/members/[memberId]");
  });

  it("has a row for every exported method of every route", () => {
    const declared = new Set(ROUTE_MATRIX.filter((r) => !r.case).map(rowKey));
    const missing = ROUTES.flatMap(({ route }) => exportedMethods(route).map((method) => `${method} ${route}`)).filter((k) => !declared.has(k));
    expect(missing, "add these to lib/server/authz/route-matrix.ts").toEqual([]);
  });

  it("has no row for a route or method that does not exist", () => {
    const stale = ROUTE_MATRIX.filter((row) => !handlerOf(row)).map(rowKey);
    expect(stale).toEqual([]);
  });

  it("matches the policy every handler carries; only declared external routes carry none", () => {
    for (const row of ROUTE_MATRIX) {
      const policy = handlerOf(row)?.[ROUTE_POLICY];
      if (row.policy.kind === "external") expect(policy, rowKey(row)).toBeUndefined();
      else expect(policy, rowKey(row)).toEqual(row.policy);
    }
  });

  it("agrees with ROLE_PERMISSIONS: 403 exactly where the role or scope lacks the permission", () => {
    for (const row of ROUTE_MATRIX) {
      if (row.policy.kind === "external" || !row.expect) continue;
      if (row.policy.kind !== "public") expect(row.expect.anonymous, rowKey(row)).toBe(401);
      if (row.policy.kind !== "permission") continue;
      for (const [actor, role, scope] of MEMBER_ROLES) {
        const allowed = can(role, row.policy.permission, scope);
        const refused = row.expect[actor] === 403;
        // A scenario may be refused by the use case itself (a change outside the region), never allowed against the matrix.
        if (row.case) expect(!allowed && !refused, `${rowKey(row)} as ${actor}`).toBe(false);
        else expect(refused, `${rowKey(row)} as ${actor}`).toBe(!allowed);
      }
    }
  });

  it("has a fixture for every row it calls", () => {
    const called = ROUTE_MATRIX.filter((r) => r.expect).map(rowKey);
    expect(called.filter((key) => !ROUTE_FIXTURES[key])).toEqual([]);
    expect(Object.keys(ROUTE_FIXTURES).filter((key) => !called.includes(key))).toEqual([]);
  });
});

describe.each(DATABASE_KINDS)("every route called by every kind of caller on %s", (kind) => {
  let db: TestDatabase;
  let world: AccessWorld;

  serveAccessWorld(kind, (served, seeded) => {
    db = served;
    world = seeded;
  });

  for (const row of ROUTE_MATRIX.filter((r) => r.expect)) {
    for (const actor of MATRIX_ACTORS) {
      const status = row.expect![actor];
      it(`${rowKey(row)} as ${actor} → ${status}`, async () => {
        const call = await ROUTE_FIXTURES[rowKey(row)]!(world, actor);
        const headers: Record<string, string> =
          actor === "anonymous" ? {} : { cookie: await sessionCookieFor(db.prisma, world.users[actor].id), "x-meridian-org": world.orgA.id };
        const response = await callRoute(handlerOf(row)!, { method: row.method, route: row.route, ...call, headers });
        const text = await response.text();
        expect(response.status, text.slice(0, 400)).toBe(status);
        if (call.mentions) expect(text).toContain(call.mentions);
        // Tenant isolation: nothing of organisation A reaches the other organisation's owner, whatever the status.
        if (actor === "otherOrg") {
          for (const secret of [world.orgA.id, world.topologyId, world.users.owner.id]) expect(text).not.toContain(secret);
        }
      });
    }
  }
});
