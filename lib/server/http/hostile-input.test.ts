import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import {
  AcceptInvitationBody, ApprovalStatusQuery, AttachDrillBody, ListDrillsQuery, SaveDrillBody, AuditQuerySchema, CreateInvitationBody, CreateReviewBody, CreateTopologyBody,
  ExportRequestBody, ForkTemplateBody, ListReviewsQuery, ListTemplatesQuery, ListTopologiesQuery, MarkNotificationsReadBody,
  ProductionBody, PublishTemplateBody, RateTemplateBody, ReportQuery, ReviewCommentBody, ReviewDecisionBody, ReviewPolicyBody,
  SaveVersionBody, UpdateMemberBody, UpdateOrganizationBody, UpdateReviewVersionBody, UpdateTopologyBody, VersionDiffQuery,
} from "@/lib/domain/api";
import { TopologyDocumentSchema } from "@/lib/domain/schema";
import { starterDocument } from "@/lib/domain/starter";
import { ROUTE_MATRIX, rowKey, type RouteMatrixRow } from "../authz/route-matrix";
import { setDatabaseForTesting } from "../db";
import { seedAccessWorld, type AccessWorld } from "../testing/access-world";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import {
  HOSTILE_PATH_VALUES, HOSTILE_QUERY_VALUES, JUNK_BODIES, hostileValuesFor, jsonSchemaOf, queryString, replaceAt, seededRandom,
  slotsOf, type SeededRandom,
} from "../testing/hostile-requests";
import { ROUTE_FIXTURES, type RouteCall } from "../testing/route-fixtures";
import { sessionCookieFor, useTestAuthSecret } from "../testing/sessions";
import { MAX_BODY_BYTES } from "./body";
import type { WrappedHandler } from "./route";

/**
 * Every API route, called as A's owner with a few hundred hostile requests drawn from a fixed seed
 * (HOSTILE_SEED replays another): whatever arrives, the answer is never a 5xx, nothing is logged as an
 * unhandled error, and a refused mutation leaves the database as it was.
 */

vi.mock("@/lib/server/auth", () => ({ handlers: { GET: async () => new Response(null), POST: async () => new Response(null) } }));

const SEED = Number(process.env.HOSTILE_SEED ?? 0x5eed_2024);

/** The schema each route reads its body with. A route reading a body must be listed (checked below). */
const BODY_SCHEMAS: Record<string, z.ZodType> = {
  "POST /api/topologies": CreateTopologyBody,
  "PUT /api/topologies/[id]": SaveVersionBody,
  "PATCH /api/topologies/[id]": UpdateTopologyBody,
  "POST /api/topologies/[id]/export": ExportRequestBody,
  "POST /api/topologies/[id]/publish": PublishTemplateBody,
  "POST /api/topologies/[id]/reviews": CreateReviewBody,
  "PATCH /api/topologies/[id]/production": ProductionBody,
  "POST /api/topologies/[id]/drills": SaveDrillBody,
  "PATCH /api/topologies/[id]/drills/[drillId]": AttachDrillBody,
  "POST /api/reviews/[reviewId]/comments": ReviewCommentBody,
  "POST /api/reviews/[reviewId]/decision": ReviewDecisionBody,
  "POST /api/reviews/[reviewId]/version": UpdateReviewVersionBody,
  "POST /api/notifications/read": MarkNotificationsReadBody,
  "PATCH /api/orgs/[orgId]/review-policy": ReviewPolicyBody,
  "POST /api/templates/[templateId]/fork": ForkTemplateBody,
  "POST /api/templates/[templateId]/rating": RateTemplateBody,
  "PATCH /api/orgs/[orgId]": UpdateOrganizationBody,
  "PATCH /api/orgs/[orgId]/members/[memberId]": UpdateMemberBody,
  "POST /api/orgs/[orgId]/invitations": CreateInvitationBody,
  "POST /api/invitations/accept": AcceptInvitationBody,
};

/** The schema each route reads its query with. */
const QUERY_SCHEMAS: Record<string, z.ZodType> = {
  "GET /api/audit": AuditQuerySchema,
  "GET /api/topologies": ListTopologiesQuery,
  "GET /api/templates": ListTemplatesQuery,
  "GET /api/reviews": ListReviewsQuery,
  "GET /api/topologies/[id]/diff": VersionDiffQuery,
  "GET /api/topologies/[id]/production": ApprovalStatusQuery,
  "GET /api/topologies/[id]/drills": ListDrillsQuery,
  "GET /api/topologies/[id]/versions/[number]/report": ReportQuery,
};

/** Requests that once reached the database and came back as a 500, and their neighbours: sent whatever the seed draws. */
const KNOWN_FAILURES: Record<string, HostileCase[]> = {
  "GET /api/topologies/[id]/versions/[number]": [{ label: "version past int4", params: { number: "2147483648" } }],
  "GET /api/audit": [{ label: "before past int4", query: "?before=99999999999" }, { label: "NUL in actor", query: "?actor=%00" }],
  "GET /api/topologies/[id]/diff": [{ label: "to past int4", query: "?from=1&to=2147483648" }],
  "GET /api/topologies": [{ label: "NUL in q", query: "?q=a%00b" }],
  "POST /api/topologies": [{ label: "NUL in name", body: JSON.stringify({ name: "a\u0000b" }) }, { label: "lone surrogate in name", body: '{"name":"\\ud800"}' }],
  "PUT /api/topologies/[id]": [{ label: "baseVersion past int4", body: JSON.stringify({ baseVersion: 2_147_483_648, document: starterDocument("x") }) }],
  "POST /api/topologies/[id]/reviews": [{ label: "version past int4", body: JSON.stringify({ version: 2_147_483_648, reviewerIds: ["someone"] }) }],
  "POST /api/reviews/[reviewId]/version": [{ label: "version past int4", body: JSON.stringify({ version: 2_147_483_648 }) }],
};

const BODY_CASES = 9;
const QUERY_CASES = 6;
const PATH_CASES_PER_PARAM = 3;

const API_ROOT = fileURLToPath(new URL("../../../app/api", import.meta.url));
const routeFile = (route: string) => path.join(API_ROOT, route.replace(/^\/api\/?/, ""), "route.ts");
const ROWS = ROUTE_MATRIX.filter((row) => row.policy.kind !== "external" && !row.case);
const HANDLERS = new Map<string, WrappedHandler>(
  await Promise.all(
    ROWS.map(async (row) => {
      const module = (await import(/* @vite-ignore */ routeFile(row.route))) as Record<string, WrappedHandler>;
      return [rowKey(row), module[row.method]!] as const;
    }),
  ),
);
const DOCUMENT_SCHEMA = jsonSchemaOf(TopologyDocumentSchema);

interface HostileCase {
  label: string;
  params?: Record<string, string>;
  query?: string;
  /** Raw request text; JSON.stringify escapes NUL and lone surrogates as JSON does. */
  body?: string;
}

describe("the hostile-input plan", () => {
  it("knows the request schema of every route that reads a body or a query", () => {
    for (const row of ROWS) {
      const source = readFileSync(routeFile(row.route), "utf8");
      const key = rowKey(row);
      // A module's other methods may read one; only rows whose own handler does are held to it.
      const handler = new RegExp(`export const ${row.method} = [\\s\\S]*?(?=\\nexport const |$)`).exec(source)?.[0] ?? "";
      if (handler.includes("readJsonBody(")) expect(BODY_SCHEMAS[key], `${key} reads a body`).toBeDefined();
      if (handler.includes("readQuery(")) expect(QUERY_SCHEMAS[key], `${key} reads a query`).toBeDefined();
    }
  });
});

describe.each(DATABASE_KINDS)("hostile requests to every route on %s", (kind) => {
  let db: TestDatabase;
  let world: AccessWorld;
  const unhandled: unknown[][] = [];

  beforeAll(async () => {
    useTestAuthSecret();
    db = await createTestDatabase(kind);
    setDatabaseForTesting(db);
    world = await seedAccessWorld(db.prisma);
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void unhandled.push(args));
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    setDatabaseForTesting(undefined);
    await db?.destroy();
  });

  const ownerCookie = async () => ({ cookie: await sessionCookieFor(db.prisma, world.users.owner.id), "x-meridian-org": world.orgA.id });

  /** Row counts of the main tables and every organisation's audit head: what a refused mutation must not move. */
  async function fingerprint(): Promise<string> {
    const tables = [
      "Organization", "User", "Membership", "Invitation", "Topology", "TopologyVersion", "AuditEvent", "AuditCheckpoint",
      "Template", "TemplateRating", "Review", "ReviewReviewer", "ReviewComment", "ReviewDecision", "Notification", "OutageDrill",
    ];
    const counts = tables.map((t) => `'${t}', (SELECT count(*) FROM "${t}")`).join(", ");
    const heads = `(SELECT coalesce(json_agg(json_build_array("organizationId", seq, hash) ORDER BY "organizationId"), '[]'::json) FROM "AuditHead")`;
    const [row] = await db.sql.query<{ fingerprint: string }>(`SELECT json_build_object(${counts}, 'heads', ${heads})::text AS fingerprint`);
    return row!.fingerprint;
  }

  it("answers every one without a 5xx, an unhandled error or a change from a refused mutation", { timeout: 120_000 }, async () => {
    const rand = seededRandom(SEED);
    let sent = 0;
    for (const row of ROWS) {
      const key = rowKey(row);
      // A route still without a fixture (the matrix test asks for one) gets its hostile requests all the same.
      const fixture = ROUTE_FIXTURES[key] ?? (async () => ({}));
      let valid = await fixture(world, "owner");
      let headers = await ownerCookie();
      const mutating = row.method !== "GET";
      for (const hostile of [...(KNOWN_FAILURES[key] ?? []), ...planFor(row, valid, rand)]) {
        const before = mutating ? await fingerprint() : "";
        const logged = unhandled.length;
        const response = await send(HANDLERS.get(key)!, row, valid, hostile, headers);
        const text = await response.text();
        const what = `seed ${SEED}: ${key} with ${hostile.label} → ${response.status} ${text.slice(0, 300)}`;
        sent++;
        // Soft: one run lists every request that failed, not just the first.
        expect.soft(response.status, what).toBeLessThan(500);
        expect.soft(unhandled.slice(logged), what).toEqual([]);
        if (mutating && response.status >= 400) expect.soft(await fingerprint(), `${what}: the database changed`).toBe(before);
        if (mutating && response.ok) {
          // It went through (a harmless draw): fresh targets and a fresh session for the next one.
          valid = await fixture(world, "owner");
          headers = await ownerCookie();
        }
      }
    }
    expect(sent, `seed ${SEED}`).toBeGreaterThan(300);
  });

  it("refuses a 200,000-position layout before it reaches the database", async () => {
    const positions: Record<string, { x: number; y: number }> = {};
    for (let i = 0; i < 200_000; i++) positions[`p${i}`] = { x: i, y: i };
    const doc = { ...starterDocument("Huge layout"), layout: { positions } };
    const row = ROWS.find((r) => rowKey(r) === "PUT /api/topologies/[id]")!;
    const before = await fingerprint();
    const response = await send(HANDLERS.get(rowKey(row))!, row, { params: { id: world.topologyId } }, {
      label: "200k positions",
      body: JSON.stringify({ baseVersion: 1, document: doc }),
    }, await ownerCookie());
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("document.layout.positions");
    expect(await fingerprint()).toBe(before);
  });

  it("refuses a body past the size limit", async () => {
    const row = ROWS.find((r) => rowKey(r) === "POST /api/topologies")!;
    const response = await send(HANDLERS.get(rowKey(row))!, row, {}, { label: "oversized", body: `"${"x".repeat(MAX_BODY_BYTES)}"` }, await ownerCookie());
    expect(response.status).toBe(413);
  });

  it("answers a caller who hangs up mid-body quietly, and changes nothing", async () => {
    const row = ROWS.find((r) => rowKey(r) === "PUT /api/topologies/[id]")!;
    const before = await fingerprint();
    const logged = unhandled.length;
    const reset = Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"baseVersion":1,"document":{'));
        queueMicrotask(() => controller.error(reset));
      },
    });
    const request = new Request(`http://localhost/api/topologies/${world.topologyId}`, {
      method: "PUT",
      headers: { ...(await ownerCookie()), "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    const response = await HANDLERS.get(rowKey(row))!(request, { params: Promise.resolve({ id: world.topologyId }) });
    expect(response.status).toBe(499);
    expect(unhandled.slice(logged)).toEqual([]);
    expect(await fingerprint()).toBe(before);
  });

  it("still answers a normal GET afterwards", async () => {
    const row = ROWS.find((r) => rowKey(r) === "GET /api/topologies/[id]")!;
    const response = await send(HANDLERS.get(rowKey(row))!, row, { params: { id: world.topologyId } }, { label: "normal" }, await ownerCookie());
    expect(response.status).toBe(200);
  });
});

/** The hostile requests for one route: its path parameters, query and body, each taken apart along its schema. */
function planFor(row: RouteMatrixRow, valid: RouteCall, rand: SeededRandom): HostileCase[] {
  const key = rowKey(row);
  const cases: HostileCase[] = [];
  for (const name of paramNames(row.route)) {
    for (let i = 0; i < PATH_CASES_PER_PARAM; i++) {
      const value = rand.pick(HOSTILE_PATH_VALUES);
      cases.push({ label: `path ${name}=${JSON.stringify(value.slice(0, 20))}`, params: { [name]: value } });
    }
  }
  const querySchema = QUERY_SCHEMAS[key];
  if (querySchema) {
    const names = Object.keys(jsonSchemaOf(querySchema).properties ?? {});
    const base = [...new URLSearchParams(valid.query ?? "").entries()];
    for (let i = 0; i < QUERY_CASES; i++) {
      const name = i === 0 ? "unexpected" : rand.pick(names);
      const value = rand.pick(HOSTILE_QUERY_VALUES);
      cases.push({ label: `query ${name}=${JSON.stringify(value.slice(0, 20))}`, query: queryString([...base.filter(([k]) => k !== name), [name, value]]) });
    }
  } else {
    cases.push({ label: "junk query", query: "?before=99999999999&x=%00&limit=-1" });
  }
  const bodySchema = BODY_SCHEMAS[key];
  if (bodySchema) {
    const validBody = valid.body ?? {};
    const slots = slotsOf(validBody, jsonSchemaOf(bodySchema), { document: DOCUMENT_SCHEMA });
    const topLevel = slots.filter((slot) => slot.path.length <= 1);
    for (let i = 0; i < BODY_CASES; i++) {
      // Half of the draws go to the request's own fields, which a large document would otherwise crowd out.
      const slot = rand.pick(i % 2 === 0 ? topLevel : slots);
      const value = rand.pick(hostileValuesFor(slot));
      cases.push({ label: `body ${slot.path.join(".") || "(root)"} := ${describeValue(value)}`, body: JSON.stringify(replaceAt(validBody, slot.path, value)) });
    }
    const junk = rand.pick(JUNK_BODIES);
    cases.push({ label: `junk body ${JSON.stringify(junk.slice(0, 20))}`, body: junk });
  }
  return cases;
}

function paramNames(route: string): string[] {
  return [...route.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
}

function describeValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}… (${text.length} chars)` : text;
}

/** Calls a handler the way Next does; path params reach it decoded, whatever the URL had to carry. */
async function send(handler: WrappedHandler, row: RouteMatrixRow, valid: RouteCall, hostile: HostileCase, headers: Record<string, string>) {
  const params = { ...valid.params, ...hostile.params };
  const urlPath = row.route.replace(/\[(\w+)\]/g, (_, name: string) => safeSegment(params[name] ?? name));
  const body = hostile.body ?? (valid.body === undefined ? undefined : JSON.stringify(valid.body));
  const request = new Request(`http://localhost${urlPath}${hostile.query ?? valid.query ?? ""}`, {
    method: row.method,
    headers: { ...headers, ...(body !== undefined && { "content-type": "application/json" }) },
    ...(body !== undefined && row.method !== "GET" && { body }),
  });
  return handler(request, { params: Promise.resolve(params) });
}

function safeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return "unencodable";
  }
}

