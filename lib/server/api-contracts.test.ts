import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import * as Api from "@/lib/domain/api";
import { ROUTE_MATRIX, rowKey } from "./authz/route-matrix";
import { setDatabaseForTesting } from "./db";
import type { WrappedHandler } from "./http/route";
import { seedAccessWorld, type AccessWorld } from "./testing/access-world";
import { createTestDatabase, type TestDatabase } from "./testing/databases";
import { freshTopology } from "./testing/review-fixtures";
import { ROUTE_FIXTURES, type RouteCall } from "./testing/route-fixtures";
import { callRoute, sessionCookieFor, useTestAuthSecret } from "./testing/sessions";

/**
 * The browser parses every JSON answer it reads with a schema from lib/domain/api. Here each of those routes is
 * called through its handler, with the route matrix's fixture, as A's owner, and the body must parse with the
 * schema the client uses: a server change that breaks the client fails here, not in the browser.
 */

/** A parsed answer's list that must not be empty, so the check is not vacuous. */
type Items<S extends z.ZodType> = (body: z.output<S>) => readonly unknown[];

/** The route matrix's row key (its fixture builds the call) and the schema the client reads the answer with. */
function contract<S extends z.ZodType>(key: string, schema: S, items?: Items<S>) {
  const read = (body: unknown) => {
    const parsed = parsedWith(schema, body);
    // Nothing stripped: a field the server sends and the schema lacks would never reach the browser.
    expect(parsed).toEqual(body);
    return items?.(parsed).length;
  };
  return { key, read };
}

function parsedWith<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`${z.prettifyError(parsed.error)}\nin ${JSON.stringify(body).slice(0, 400)}`);
  return parsed.data;
}

// In order: reviews are asked for before notifications are read, and signing out everywhere comes last.
const CONTRACTS = [
  contract("POST /api/topologies", Api.CreatedTopologySchema),
  contract("GET /api/topologies", Api.TopologyListPageSchema, (b) => b.topologies),
  contract("GET /api/topologies/[id]", Api.TopologyDetailSchema),
  contract("PUT /api/topologies/[id]", Api.SavedVersionSchema),
  contract("PATCH /api/topologies/[id]", Api.TopologySummarySchema),
  contract("GET /api/topologies/[id]/versions", Api.VersionListSchema, (b) => b.versions),
  contract("GET /api/topologies/[id]/versions/[number]", Api.VersionDetailSchema),
  contract("POST /api/topologies/[id]/versions/[number]/restore", Api.RestoredVersionSchema),
  contract("GET /api/topologies/[id]/diff", Api.VersionComparisonSchema, (b) => b.structure.lines),
  contract("GET /api/topologies/[id]/versions/[number]/report", Api.ComplianceReportFileSchema),
  contract("POST /api/topologies/[id]/publish", Api.PublishedTemplateSchema),
  contract("GET /api/templates", Api.TemplateListSchema, (b) => b.templates),
  contract("GET /api/templates/[templateId]", Api.TemplateDetailViewSchema),
  contract("POST /api/templates/[templateId]/fork", Api.ForkedTemplateSchema),
  contract("POST /api/templates/[templateId]/rating", Api.RatedTemplateSchema),
  contract("POST /api/topologies/[id]/reviews", Api.ReviewEnvelopeSchema),
  contract("GET /api/topologies/[id]/reviews", Api.TopologyReviewsSchema, (b) => b.reviews),
  contract("GET /api/reviews", Api.ReviewListPageSchema, (b) => b.reviews),
  contract("GET /api/reviews/[reviewId]", Api.ReviewEnvelopeSchema),
  contract("POST /api/reviews/[reviewId]/comments", Api.CreatedCommentSchema),
  contract("POST /api/reviews/[reviewId]/decision", Api.CreatedDecisionSchema),
  contract("POST /api/reviews/[reviewId]/version", Api.MovedReviewSchema),
  contract("POST /api/topologies/[id]/drills", Api.DrillEnvelopeSchema),
  contract("GET /api/topologies/[id]/drills", Api.DrillListSchema, (b) => b.drills),
  contract("PATCH /api/topologies/[id]/drills/[drillId]", Api.DrillEnvelopeSchema),
  contract("DELETE /api/topologies/[id]/drills/[drillId]", Api.DeletedDrillSchema),
  contract("GET /api/reviews/[reviewId]/drills", Api.DrillListSchema, (b) => b.drills),
  contract("GET /api/topologies/[id]/production", Api.ApprovalStatusSchema),
  contract("PATCH /api/topologies/[id]/production", Api.ApprovalStatusSchema),
  contract("GET /api/orgs/[orgId]/review-policy", Api.ReviewPolicyViewSchema),
  contract("PATCH /api/orgs/[orgId]/review-policy", Api.ReviewPolicyViewSchema),
  contract("GET /api/notifications", Api.NotificationListSchema, (b) => b.notifications),
  contract("POST /api/notifications/read", Api.MarkedReadSchema),
  contract("GET /api/audit", Api.AuditPageSchema, (b) => b.events),
  contract("GET /api/audit/verify", Api.ChainVerificationSchema),
  contract("GET /api/orgs/[orgId]", Api.OrganizationViewSchema),
  contract("PATCH /api/orgs/[orgId]", Api.OrganizationViewSchema),
  contract("GET /api/orgs/[orgId]/members", Api.MemberListSchema, (b) => b.members),
  contract("PATCH /api/orgs/[orgId]/members/[memberId]", Api.MemberViewSchema),
  contract("DELETE /api/orgs/[orgId]/members/[memberId]", Api.RemovedMemberSchema),
  contract("POST /api/orgs/[orgId]/invitations", Api.CreatedInvitationSchema),
  contract("GET /api/orgs/[orgId]/invitations", Api.InvitationListSchema, (b) => b.invitations),
  contract("DELETE /api/orgs/[orgId]/invitations/[invitationId]", Api.InvitationViewSchema),
  contract("POST /api/invitations/accept", Api.AcceptedInvitationSchema),
  contract("GET /api/me/organizations", Api.MeViewSchema, (b) => b.organizations),
  contract("POST /api/me/sign-out-everywhere", Api.SignedOutEverywhereSchema),
];

const API_ROOT = fileURLToPath(new URL("../../app/api", import.meta.url));

/** The handler of "GET /api/orgs/[orgId]", from app/api/orgs/[orgId]/route.ts. */
async function handlerOf(method: string, route: string): Promise<WrappedHandler> {
  const file = path.join(API_ROOT, route.replace(/^\/api\/?/, ""), "route.ts");
  const handler = ((await import(/* @vite-ignore */ file)) as Record<string, unknown>)[method];
  if (typeof handler !== "function") throw new Error(`${method} ${route} has no handler`);
  return handler as WrappedHandler;
}

const rowOf = (key: string) => {
  const row = ROUTE_MATRIX.find((r) => rowKey(r) === key);
  if (!row?.expect) throw new Error(`no route matrix row called ${key}`);
  return { ...row, expect: row.expect };
};

describe("what the API answers parses with the schemas the browser reads it with", () => {
  let db: TestDatabase;
  let world: AccessWorld;

  beforeAll(async () => {
    useTestAuthSecret();
    db = await createTestDatabase("pglite");
    setDatabaseForTesting(db);
    world = await seedAccessWorld(db.prisma);
  });
  afterAll(async () => {
    setDatabaseForTesting(undefined);
    await db?.destroy();
  });

  /** Calls a route as A's owner, in A. */
  async function call(method: string, route: string, init: RouteCall): Promise<{ status: number; body: unknown }> {
    const headers = { cookie: await sessionCookieFor(db.prisma, world.users.owner.id), "x-meridian-org": world.orgA.id };
    const response = await callRoute(await handlerOf(method, route), { method, route, ...init, headers });
    return { status: response.status, body: await response.json() };
  }

  it("names each route once, as the route matrix does, with an answer the owner gets", () => {
    expect(new Set(CONTRACTS.map((c) => c.key)).size).toBe(CONTRACTS.length);
    for (const { key } of CONTRACTS) expect(rowOf(key).expect.owner, key).toBeLessThan(300);
  });

  for (const { key, read } of CONTRACTS) {
    it(key, async () => {
      const row = rowOf(key);
      const { status, body } = await call(row.method, row.route, await ROUTE_FIXTURES[key]!(world, "owner"));
      expect(status, JSON.stringify(body).slice(0, 400)).toBe(row.expect.owner);
      const items = read(body);
      if (items !== undefined) expect(items).toBeGreaterThan(0);
    });
  }

  it("GET /api/templates/[templateId] of a curated template", async () => {
    const { body } = await call("GET", "/api/templates/[templateId]", { params: { templateId: "curated.eu-gdpr-azure-qbft" } });
    expect(parsedWith(Api.TemplateDetailViewSchema, body)).toEqual(body);
  });

  it("a save on a stale base: the error body and its conflict details", async () => {
    const topology = await freshTopology(world, { resized: true });
    const { body: detail } = await call("GET", "/api/topologies/[id]", { params: { id: topology.id } });
    const { document } = Api.TopologyDetailSchema.parse(detail);
    const { status, body } = await call("PUT", "/api/topologies/[id]", { params: { id: topology.id }, body: { baseVersion: 1, document } });
    expect(status).toBe(409);
    const { error } = parsedWith(Api.ApiErrorBodySchema, body);
    expect(error.code).toBe("conflict");
    expect(parsedWith(Api.SaveConflictDetailsSchema, error).currentVersion).toMatchObject({ number: 2, document });
  });

  it("a bad request: the error body and its issues", async () => {
    const { status, body } = await call("POST", "/api/topologies", { body: { name: "" } });
    expect(status).toBe(400);
    expect(parsedWith(Api.ApiErrorBodySchema, body).error).toMatchObject({ code: "bad_request", issues: [expect.objectContaining({ path: "name" })] });
  });
});
