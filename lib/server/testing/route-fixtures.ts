import { randomBytes } from "node:crypto";
import type { TopologyDocument } from "@/lib/domain/schema";
import { getTemplate, instantiateTemplate } from "@/lib/domain/templates";
import { publishTemplate } from "../templates/publish-template";
import { createTopology } from "../topologies/create-topology";
import { nextRequest } from "./actors";
import type { MatrixActor } from "../authz/route-matrix";
import { hashInvitationToken } from "../orgs/invitations";
import { addMember, type AccessWorld } from "./access-world";
import { recordedSession } from "./session-records";
import { DRILL_FIXTURES } from "./drill-fixtures";
import { callersReviewLeftBehind, freshReview, freshTopology, foreignReview, ownChangeUnderReview, productionTopology } from "./review-fixtures";

/** What one call of a route needs besides the caller: path params, query, body, and text the answer must mention. */
export interface RouteCall {
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  mentions?: string;
}

/** Builds a valid call for a caller; mutating routes get a fresh target each time. */
export type RouteFixture = (world: AccessWorld, actor: MatrixActor) => Promise<RouteCall>;

/** The organisation in the path: A, also for the other organisation's owner, who is probing A. */
const pathOrg = (world: AccessWorld) => world.orgA.id;
/** The caller's own organisation, for probing the other one's ids through a path they may use. */
const ownOrg = (world: AccessWorld, actor: MatrixActor) => (actor === "otherOrg" ? world.orgB.id : world.orgA.id);
const foreignOrg = (world: AccessWorld, actor: MatrixActor) => (actor === "otherOrg" ? world.orgA.id : world.orgB.id);
const ownerOf = (world: AccessWorld, organizationId: string) => (organizationId === world.orgA.id ? world.users.owner.id : world.users.otherOrg.id);

const none: RouteFixture = async () => ({});
const topology: RouteFixture = async (world) => ({ params: { id: world.topologyId } });

/** A save on top of the current version that changes the size of one node group. */
async function resize(world: AccessWorld, groupId: string): Promise<RouteCall> {
  const { currentVersion } = await world.db.topology.findUniqueOrThrow({ where: { id: world.topologyId } });
  const version = await world.db.topologyVersion.findUniqueOrThrow({
    where: { topologyId_number: { topologyId: world.topologyId, number: currentVersion } },
  });
  const doc = version.document as unknown as TopologyDocument;
  const nodeGroups = doc.nodeGroups.map((g) => (g.id === groupId ? { ...g, count: (g.count % 3) + 1 } : g));
  return { params: { id: world.topologyId }, body: { baseVersion: currentVersion, document: { ...doc, nodeGroups }, message: `resize ${groupId}` } };
}

async function victim(world: AccessWorld, organizationId: string): Promise<string> {
  return (await addMember(world.db, organizationId, `victim-${world.next()}@members.example`, "viewer")).membershipId;
}

async function invitation(world: AccessWorld, organizationId: string, email: string, invitedById = ownerOf(world, organizationId)) {
  const token = randomBytes(32).toString("base64url");
  const created = await world.db.invitation.create({
    data: {
      organizationId,
      email,
      role: "viewer",
      tokenHash: hashInvitationToken(token),
      invitedById,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  return { id: created.id, token };
}

/** A template private to organisation A, published from A's topology. */
async function privateTemplate(world: AccessWorld): Promise<string> {
  const { template } = await publishTemplate(nextRequest(world.ownerOfA), world.topologyId, { title: `Private ${world.next()}`, description: "", tags: [], visibility: "private" });
  return template.id;
}

/** A topology of A that validates clean (a curated template), so it may be published to everyone. */
async function cleanTopology(world: AccessWorld): Promise<string> {
  const template = getTemplate("eu-gdpr-azure-qbft")!;
  const { topology } = await createTopology(nextRequest(world.ownerOfA), { name: `Clean ${world.next()}`, document: instantiateTemplate(template) });
  return topology.id;
}

function emailOf(world: AccessWorld, actor: MatrixActor): string {
  return actor === "anonymous" ? `nobody-${world.next()}@invited.example` : world.users[actor].email;
}

export const ROUTE_FIXTURES: Record<string, RouteFixture> = {
  "GET /api/health": none,
  "GET /api/schema": none,
  "GET /api/audit": none,
  "GET /api/audit/verify": none,
  "GET /api/audit/checkpoints": none,
  "POST /api/audit/checkpoints": none,
  "GET /api/audit/export": none,
  "GET /api/topologies": async () => ({ query: "?q=acme" }),
  "POST /api/topologies": async (world) => ({ body: { name: `Matrix network ${world.next()}` } }),
  "GET /api/topologies/[id]": topology,
  "PUT /api/topologies/[id]": (world) => resize(world, "members-we"),
  "PUT /api/topologies/[id] (outside the member's regions)": async (world, actor) => ({
    ...(await resize(world, "members")),
    ...(actor === "regionEditor" && { mentions: world.regions.outside }),
  }),
  "PATCH /api/topologies/[id]": async (world) => ({ params: { id: world.topologyId }, body: { description: `touched ${world.next()}` } }),
  "POST /api/topologies/[id]/export": async (world) => ({ params: { id: world.topologyId }, body: { targets: ["genesis"] } }),
  "GET /api/topologies/[id]/versions": topology,
  "GET /api/topologies/[id]/versions/[number]": async (world) => ({ params: { id: world.topologyId, number: "1" } }),
  "POST /api/topologies/[id]/publish": async (world) => ({ params: { id: world.topologyId }, body: { title: `Acme template ${world.next()}` } }),
  "POST /api/topologies/[id]/publish (to every organisation)": async (world) => ({
    params: { id: await cleanTopology(world) },
    body: { title: `Public template ${world.next()}`, visibility: "public" },
  }),
  "POST /api/topologies/[id]/export (a production version without approvals)": async (world, actor) => ({
    params: { id: await productionTopology(world) },
    body: { targets: ["genesis"] },
    ...(["editor", "admin", "owner"].includes(actor) && { mentions: "approval" }),
  }),
  "GET /api/topologies/[id]/diff": async (world) => ({ params: { id: (await freshTopology(world, { resized: true })).id }, query: "?from=1&to=2" }),
  "POST /api/topologies/[id]/versions/[number]/restore": async (world) => ({
    params: { id: (await freshTopology(world, { resized: true })).id, number: "1" },
  }),
  "GET /api/topologies/[id]/versions/[number]/report": async (world, actor) => ({
    params: { id: world.topologyId, number: "1" },
    query: "?format=json",
    ...(["editor", "reviewer", "admin", "owner", "regionEditor"].includes(actor) && { mentions: "core.validators.none" }),
  }),
  "GET /api/topologies/[id]/versions/[number]/report (as a PDF)": async (world) => ({ params: { id: world.topologyId, number: "1" }, query: "?format=pdf" }),
  "GET /api/topologies/[id]/reviews": topology,
  "POST /api/topologies/[id]/reviews": async (world) => ({
    params: { id: world.topologyId },
    body: { version: 1, reviewerIds: [world.users.reviewer.id], message: `Please look ${world.next()}` },
  }),
  "GET /api/topologies/[id]/production": topology,
  "PATCH /api/topologies/[id]/production": async (world) => ({ params: { id: (await freshTopology(world)).id }, body: { production: true } }),
  // A's members find A's newest review on the first page; another organisation's owner gets nothing of it.
  "GET /api/reviews": async (world, actor) => {
    const { reviewId } = await freshReview(world);
    return { query: "?status=all&involving=any", ...(actor !== "anonymous" && actor !== "otherOrg" && { mentions: reviewId }) };
  },
  "GET /api/reviews/[reviewId]": async (world) => ({ params: { reviewId: (await freshReview(world)).reviewId } }),
  "GET /api/reviews/[reviewId] (another organisation's review)": async (world, actor) => ({ params: { reviewId: await foreignReview(world, actor) } }),
  "POST /api/reviews/[reviewId]/comments": async (world) => ({
    params: { reviewId: (await freshReview(world)).reviewId },
    body: { body: "Why two members in West Europe?", nodeGroupId: "members-we" },
  }),
  "POST /api/reviews/[reviewId]/comments (another organisation's review)": async (world, actor) => ({
    params: { reviewId: await foreignReview(world, actor) },
    body: { body: "Probing" },
  }),
  "POST /api/reviews/[reviewId]/decision": async (world) => ({ params: { reviewId: (await freshReview(world)).reviewId }, body: { decision: "approve" } }),
  "POST /api/reviews/[reviewId]/decision (the caller's own change)": async (world, actor) => ({
    params: { reviewId: await ownChangeUnderReview(world, actor) },
    body: { decision: "approve" },
    ...(["editor", "reviewer", "admin", "owner"].includes(actor) && { mentions: "own change" }),
  }),
  "POST /api/reviews/[reviewId]/version": async (world, actor) => ({ params: { reviewId: await callersReviewLeftBehind(world, actor) }, body: { version: 2 } }),
  "POST /api/reviews/[reviewId]/version (another member's review)": async (world, actor) => {
    const { reviewId } = await freshReview(world, { newerVersion: true });
    return { params: { reviewId }, body: { version: 2 }, ...((actor === "editor" || actor === "regionEditor") && { mentions: "who asked for this review" }) };
  },
  "GET /api/notifications": none,
  "POST /api/notifications/read": async () => ({ body: { all: true } }),
  "GET /api/orgs/[orgId]/review-policy": async (world) => ({ params: { orgId: pathOrg(world) } }),
  // The default, so the other rows' exports keep the policy they expect.
  "PATCH /api/orgs/[orgId]/review-policy": async (world) => ({ params: { orgId: pathOrg(world) }, body: { approvalsRequired: 1 } }),
  "GET /api/templates": async () => ({ query: "?sort=cheapest" }),
  "GET /api/templates/[templateId]": async (world) => ({ params: { templateId: await privateTemplate(world) } }),
  "POST /api/templates/[templateId]/fork": async (world) => ({ params: { templateId: await privateTemplate(world) }, body: {} }),
  "POST /api/templates/[templateId]/rating": async (world) => ({ params: { templateId: await privateTemplate(world) }, body: { stars: 4 } }),
  "GET /api/me/organizations": none,
  "POST /api/me/sign-out-everywhere": none,
  // The caller's own session is listed and may be ended; another user's is never either.
  "GET /api/me/sessions": async (world, actor) =>
    actor === "anonymous" ? {} : { mentions: await recordedSession(world.db, world.users[actor].id) },
  "DELETE /api/me/sessions/[sessionId]": async (world, actor) => ({
    params: { sessionId: await recordedSession(world.db, world.users[actor === "anonymous" ? "owner" : actor].id) },
  }),
  "DELETE /api/me/sessions/[sessionId] (another user's session)": async (world, actor) => ({
    params: { sessionId: await recordedSession(world.db, world.users[actor === "owner" ? "viewer" : "owner"].id) },
  }),
  "GET /api/orgs/[orgId]": async (world) => ({ params: { orgId: pathOrg(world) } }),
  "PATCH /api/orgs/[orgId]": async (world) => ({ params: { orgId: pathOrg(world) }, body: { name: `Acme Networks ${world.next()}` } }),
  "POST /api/orgs/[orgId]/sso-domain/verify": async (world) => ({ params: { orgId: pathOrg(world) } }),
  "GET /api/orgs/[orgId]/members": async (world) => ({ params: { orgId: pathOrg(world) } }),
  "PATCH /api/orgs/[orgId]/members/[memberId]": async (world) => ({
    params: { orgId: pathOrg(world), memberId: await victim(world, world.orgA.id) },
    body: { role: "reviewer" },
  }),
  "PATCH /api/orgs/[orgId]/members/[memberId] (another organisation's member)": async (world, actor) => ({
    params: { orgId: ownOrg(world, actor), memberId: await victim(world, foreignOrg(world, actor)) },
    body: { role: "reviewer" },
  }),
  "DELETE /api/orgs/[orgId]/members/[memberId]": async (world) => ({
    params: { orgId: pathOrg(world), memberId: await victim(world, world.orgA.id) },
  }),
  "DELETE /api/orgs/[orgId]/members/[memberId] (another organisation's member)": async (world, actor) => ({
    params: { orgId: ownOrg(world, actor), memberId: await victim(world, foreignOrg(world, actor)) },
  }),
  "GET /api/orgs/[orgId]/invitations": async (world) => ({ params: { orgId: pathOrg(world) } }),
  "POST /api/orgs/[orgId]/invitations": async (world) => ({
    params: { orgId: pathOrg(world) },
    body: { email: `invitee-${world.next()}@invited.example`, role: "editor" },
  }),
  "DELETE /api/orgs/[orgId]/invitations/[invitationId]": async (world) => {
    const { id } = await invitation(world, world.orgA.id, `revoked-${world.next()}@invited.example`);
    return { params: { orgId: pathOrg(world), invitationId: id } };
  },
  "DELETE /api/orgs/[orgId]/invitations/[invitationId] (another organisation's invitation)": async (world, actor) => {
    const { id } = await invitation(world, foreignOrg(world, actor), `foreign-${world.next()}@invited.example`);
    return { params: { orgId: ownOrg(world, actor), invitationId: id } };
  },
  /** An invitation to a fresh organisation, addressed to the caller. */
  "POST /api/invitations/accept": async (world, actor) => {
    const n = world.next();
    const org = await world.db.organization.create({ data: { name: `Gamma ${n}`, slug: `gamma-${n}` } });
    const owner = await addMember(world.db, org.id, `owner-${n}@gamma.example`, "owner", { source: "owner" });
    const { token } = await invitation(world, org.id, emailOf(world, actor), owner.id);
    return { body: { token } };
  },
  "POST /api/invitations/accept (addressed to someone else)": async (world) => {
    const { token } = await invitation(world, world.orgA.id, `stranger-${world.next()}@invited.example`);
    return { body: { token } };
  },
  ...DRILL_FIXTURES,
};

