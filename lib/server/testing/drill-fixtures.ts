import type { MatrixActor } from "../authz/route-matrix";
import { saveDrill } from "../drills/save-drill";
import { createTopology } from "../topologies/create-topology";
import { addMember, type AccessWorld } from "./access-world";
import { actorFor, nextRequest } from "./actors";

/** Saved-drill fixtures of the route matrix: fresh drills (and reviews to attach them to) in organisation A or B, per call. */

/** The route matrix's RouteFixture, restated so this file and route-fixtures.ts (which spreads these) import no cycle. */
type DrillFixture = (world: AccessWorld, actor: MatrixActor) => Promise<{ params?: Record<string, string>; query?: string; body?: unknown; mentions?: string }>;

/** A short drill every seeded topology can play: one validator (the next to propose) lost at 30 s, back at 60 s. */
export const MATRIX_DRILL_SPEC = { failure: { kind: "validators", count: 1 }, atMs: 30_000, recoverAtMs: 60_000, horizonMs: 120_000 } as const;
/** What the server's run of it says about the access world's 4-validator topologies. */
export const MATRIX_DRILL_MENTIONS = "takes 1 of 4 validators down";

const MEMBERS_OF_A: readonly MatrixActor[] = ["viewer", "editor", "reviewer", "admin", "owner", "regionEditor"];
const isMemberOfA = (actor: MatrixActor) => MEMBERS_OF_A.includes(actor);

/** A drill on version 1 of A's topology (or `topologyId`), saved by `userId` (A's owner by default). */
async function drillOf(world: AccessWorld, options: { userId?: string; topologyId?: string; reviewId?: string } = {}): Promise<string> {
  const user = options.userId === undefined ? world.ownerOfA.user : { id: options.userId, email: null, name: null };
  const author = actorFor(world.db, user, world.orgA.id, "editor");
  const { drill } = await saveDrill(author, options.topologyId ?? world.topologyId, {
    version: 1, name: `Matrix drill ${world.next()}`, spec: MATRIX_DRILL_SPEC, seed: 1, ...(options.reviewId && { reviewId: options.reviewId }),
  });
  return drill.id;
}

/** The caller's own drill (A's owner's for callers outside A). */
const callersDrill = (world: AccessWorld, actor: MatrixActor) => drillOf(world, { userId: isMemberOfA(actor) ? world.users[actor as Exclude<MatrixActor, "anonymous">].id : world.ownerOfA.user.id });

/** A drill saved by a separate editor of A, "drill-author-N". */
async function othersDrill(world: AccessWorld): Promise<string> {
  const member = await addMember(world.db, world.orgA.id, `drill-author-${world.next()}@acme.example`, "editor");
  return drillOf(world, { userId: member.id });
}

/** A review of A's topology, written directly (any caller may probe it). */
async function reviewOfWorldTopology(world: AccessWorld): Promise<string> {
  const review = await world.db.review.create({
    data: { organizationId: world.orgA.id, topologyId: world.topologyId, version: 1, requestedById: world.users.owner.id, reviewers: { create: [] } },
  });
  return review.id;
}

/** A topology and a drill on it in the organisation the caller is not acting in: B's for A's members, A's for B's owner. */
async function foreignDrill(world: AccessWorld, actor: MatrixActor): Promise<{ topologyId: string; drillId: string; reviewId: string }> {
  const owner = actor === "otherOrg" ? world.ownerOfA : world.ownerOfB;
  const { topology } = await createTopology(nextRequest(owner), { name: `Foreign drills ${world.next()}` });
  const review = await world.db.review.create({
    data: { organizationId: owner.organizationId, topologyId: topology.id, version: 1, requestedById: owner.user.id, reviewers: { create: [] } },
  });
  const { drill } = await saveDrill(nextRequest(owner), topology.id, { version: 1, name: "Foreign drill", spec: MATRIX_DRILL_SPEC, seed: 1, reviewId: review.id });
  return { topologyId: topology.id, drillId: drill.id, reviewId: review.id };
}

export const DRILL_FIXTURES: Record<string, DrillFixture> = {
  "GET /api/topologies/[id]/drills": async (world, actor) => {
    const drillId = await drillOf(world);
    return { params: { id: world.topologyId }, query: "?version=1", ...(isMemberOfA(actor) && { mentions: drillId }) };
  },
  "GET /api/topologies/[id]/drills (another organisation's topology)": async (world, actor) => ({ params: { id: (await foreignDrill(world, actor)).topologyId } }),
  "POST /api/topologies/[id]/drills": async (world, actor) => ({
    params: { id: world.topologyId },
    body: { version: 1, name: `Lose a validator ${world.next()}`, spec: MATRIX_DRILL_SPEC, seed: 7 },
    ...(["editor", "reviewer", "admin", "owner", "regionEditor"].includes(actor) && { mentions: MATRIX_DRILL_MENTIONS }),
  }),
  "POST /api/topologies/[id]/drills (another organisation's topology)": async (world, actor) => ({
    params: { id: (await foreignDrill(world, actor)).topologyId },
    body: { version: 1, name: "Probing", spec: MATRIX_DRILL_SPEC },
  }),
  "PATCH /api/topologies/[id]/drills/[drillId]": async (world, actor) => ({
    params: { id: world.topologyId, drillId: await callersDrill(world, actor) },
    body: { reviewId: await reviewOfWorldTopology(world) },
  }),
  "PATCH /api/topologies/[id]/drills/[drillId] (another member's drill)": async (world) => ({
    params: { id: world.topologyId, drillId: await othersDrill(world) },
    body: { reviewId: await reviewOfWorldTopology(world) },
  }),
  "PATCH /api/topologies/[id]/drills/[drillId] (another organisation's drill)": async (world, actor) => {
    const foreign = await foreignDrill(world, actor);
    return { params: { id: foreign.topologyId, drillId: foreign.drillId }, body: { reviewId: null } };
  },
  "DELETE /api/topologies/[id]/drills/[drillId]": async (world, actor) => ({ params: { id: world.topologyId, drillId: await callersDrill(world, actor) } }),
  "DELETE /api/topologies/[id]/drills/[drillId] (another member's drill)": async (world) => ({ params: { id: world.topologyId, drillId: await othersDrill(world) } }),
  "DELETE /api/topologies/[id]/drills/[drillId] (another organisation's drill)": async (world, actor) => {
    const foreign = await foreignDrill(world, actor);
    return { params: { id: foreign.topologyId, drillId: foreign.drillId } };
  },
  "GET /api/reviews/[reviewId]/drills": async (world, actor) => {
    const reviewId = await reviewOfWorldTopology(world);
    const drillId = await drillOf(world, { reviewId });
    return { params: { reviewId }, ...(isMemberOfA(actor) && { mentions: drillId }) };
  },
  "GET /api/reviews/[reviewId]/drills (another organisation's review)": async (world, actor) => ({ params: { reviewId: (await foreignDrill(world, actor)).reviewId } }),
};
