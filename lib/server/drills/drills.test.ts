import type { Role } from "@prisma/client";
import { describe, expect, expectTypeOf, it } from "vitest";
import { DrillListSchema, SaveDrillBody, type DrillEnvelope, type DrillList } from "@/lib/domain/api";
import { readStoredDocument } from "@/lib/domain/schema";
import { runDrill } from "@/lib/domain/simulation";
import { resolveTargetNames } from "../audit/target-names";
import { verifyAuditChain } from "../audit/verify";
import type { ActorContext } from "../context";
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { addMember, twoRegionDocument, type AccessWorld, type SignedInActor } from "../testing/access-world";
import { actorFor } from "../testing/actors";
import { DATABASE_KINDS } from "../testing/databases";
import { serveAccessWorld } from "../testing/served-world";
import { callRoute, sessionCookieFor } from "../testing/sessions";
import { createTopology } from "../topologies/create-topology";
import * as reviewDrillsRoute from "@/app/api/reviews/[reviewId]/drills/route";
import * as drillRoute from "@/app/api/topologies/[id]/drills/[drillId]/route";
import * as drillsRoute from "@/app/api/topologies/[id]/drills/route";
import { attachDrill } from "./attach-drill";
import { deleteDrill } from "./delete-drill";
import { listDrills } from "./list-drills";
import { listReviewDrills } from "./list-review-drills";
import { saveDrill } from "./save-drill";

// The seeded topologies run QBFT with 4 validators, all in azure:eastus (quorum ceil(2 * 4 / 3) = 3).
const LOSE_EASTUS = { failure: { kind: "region", regionKey: "AZURE:EastUS" }, atMs: 30_000, horizonMs: 120_000 };
const LOSE_ONE = { failure: { kind: "validators", count: 1 }, atMs: 30_000, recoverAtMs: 60_000, horizonMs: 120_000 };
const body = (input: Record<string, unknown>) => SaveDrillBody.parse({ version: 1, name: "Drill", spec: LOSE_ONE, ...input });

// Use cases and routes answer the same types the browser reads.
expectTypeOf<Awaited<ReturnType<typeof saveDrill>>>().toExtend<DrillEnvelope>();
expectTypeOf<Awaited<ReturnType<typeof attachDrill>>>().toExtend<DrillEnvelope>();
expectTypeOf<Awaited<ReturnType<typeof listDrills>>>().toExtend<DrillList>();
expectTypeOf<Awaited<ReturnType<typeof listReviewDrills>>>().toExtend<DrillList>();

describe.each(DATABASE_KINDS)("saved outage drills on %s", (kind) => {
  let world: AccessWorld;
  serveAccessWorld(kind, (_db, seeded) => {
    world = seeded;
  });

  const ROLE_OF: Record<Exclude<SignedInActor, "otherOrg">, Role> = { owner: "owner", admin: "admin", editor: "editor", reviewer: "reviewer", viewer: "viewer", regionEditor: "editor" };
  const as = (actor: Exclude<SignedInActor, "otherOrg">): ActorContext => actorFor(world.db, { ...world.users[actor], name: actor }, world.orgA.id, ROLE_OF[actor]);

  async function topologyOfA(name: string) {
    return (await createTopology(as("owner"), { name, document: twoRegionDocument(name) })).topology.id;
  }
  async function reviewOf(topologyId: string, organizationId = world.orgA.id, requestedById = world.users.owner.id) {
    return (await world.db.review.create({ data: { organizationId, topologyId, version: 1, requestedById, reviewers: { create: [] } } })).id;
  }
  const auditOf = (targetId: string) => world.db.auditEvent.findMany({ where: { targetId }, orderBy: { seq: "asc" } });
  const counts = async () => [await world.db.outageDrill.count(), await world.db.auditEvent.count()];

  it("stores the server's own run of the drill on the stored version, with one drill.save event", async () => {
    const topologyId = await topologyOfA("Stall");
    const { drill } = await saveDrill(as("reviewer"), topologyId, body({ name: "  Lose East US  ", spec: LOSE_EASTUS, seed: 42 }));
    // Closed form: all 4 validators are in eastus, so losing it leaves 0 of the 3 QBFT needs: the chain stalls as
    // the failure hits and, with no recovery, the last gap runs from a block before 30 s to the end at 120 s.
    expect(drill).toMatchObject({
      version: 1, name: "Lose East US", seed: 42, reviewId: null, canChange: true,
      spec: { failure: { kind: "region", regionKey: "azure:eastus" }, atMs: 30_000, horizonMs: 120_000 },
      summary: { consensus: "qbft", validators: 4, quorum: 3, stalled: true, stallStartMs: 30_000, roundChangesBeforeRecovery: 0, failure: { validatorsDown: 4, regionIds: ["eastus"] } },
      createdBy: { id: world.users.reviewer.id, email: world.users.reviewer.email },
    });
    expect(drill.summary.resumedAtMs).toBeUndefined();
    expect(drill.summary.maxGapMs).toBeGreaterThan(90_000);
    expect(drill.summary.maxGapMs).toBeLessThanOrEqual(120_000);

    // Exactly what the engine says about the stored document with that seed.
    const stored = await world.db.topologyVersion.findUniqueOrThrow({ where: { topologyId_number: { topologyId, number: 1 } } });
    const played = runDrill(readStoredDocument(stored.document, "test"), { ...LOSE_EASTUS, failure: { kind: "region", regionKey: "azure:eastus" } }, { seed: 42 });
    expect(drill.summary).toEqual({
      consensus: played.consensus, validators: played.validators, quorum: played.quorum,
      failure: { label: played.failure.label, validatorsDown: 4, regionIds: ["eastus"] },
      stalled: true, stallStartMs: 30_000, roundChangesBeforeRecovery: 0,
      maxGapMs: played.summary.maxGapMs, blocksProduced: played.summary.blocksProduced, summary: played.summary.summary,
    });

    const events = await auditOf(drill.id);
    expect(events.map((e) => [e.action, e.targetType, e.actorId])).toEqual([["drill.save", "drill", world.users.reviewer.id]]);
    expect(events[0]!.afterDigest).toBe(stored.digest);
    expect(events[0]!.data).toMatchObject({ topologyId, version: 1, name: "Lose East US", seed: 42, stalled: true });
    // The audit log names the drill by its name and version.
    const names = await resolveTargetNames(as("reviewer"), events);
    expect(names.get(`drill:${drill.id}`)).toBe("Lose East US (v1)");
    expect(await verifyAuditChain(world.db, world.orgA.id)).toMatchObject({ ok: true });
  });

  it("takes no result from the client: a body with a summary is refused, as the route shows", async () => {
    expect(SaveDrillBody.safeParse({ version: 1, name: "x", spec: LOSE_ONE, summary: { stalled: false } }).success).toBe(false);
    const before = await counts();
    const response = await callRoute(drillsRoute.POST, {
      method: "POST", route: "/api/topologies/[id]/drills", params: { id: world.topologyId },
      body: { version: 1, name: "Planted", spec: LOSE_ONE, summary: { stalled: false, summary: "All fine" } },
      headers: { cookie: await sessionCookieFor(world.db, world.users.owner.id), "x-meridian-org": world.orgA.id },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("summary");
    expect(await counts()).toEqual(before);
  });

  it("refuses a drill the version cannot play with 400 and the engine's message, writing nothing", async () => {
    const before = await counts();
    const missing = await saveDrill(as("editor"), world.topologyId, body({ spec: { ...LOSE_ONE, failure: { kind: "region", regionKey: "aws:us-east-1" } } })).catch((e) => e);
    expect(missing).toBeInstanceOf(BadRequestError);
    expect(missing.message).toMatch(/no region aws:us-east-1; it has azure:eastus, azure:westeurope/);
    const link = await saveDrill(as("editor"), world.topologyId, body({ spec: { ...LOSE_ONE, failure: { kind: "link", linkId: "vpn-1" } } })).catch((e) => e);
    expect(link).toBeInstanceOf(BadRequestError);
    expect(link.message).toMatch(/no link 'vpn-1'/);
    expect(await counts()).toEqual(before);
  });

  it("refuses a drill past the server's budget before playing it, and a version that does not exist", async () => {
    const doc = twoRegionDocument("Big");
    const big = { ...doc, nodeGroups: doc.nodeGroups.map((g) => (g.id === "validators" ? { ...g, count: 20 } : g)) };
    const { topology } = await createTopology(as("owner"), { name: "Big", document: big });
    // 20 validators for 24 h is 480 validator-hours, past 250: at most 250 * 60 / 20 = 750 minutes.
    const tooLong = await saveDrill(as("owner"), topology.id, body({ spec: { ...LOSE_ONE, horizonMs: 86_400_000 } })).catch((e) => e);
    expect(tooLong).toBeInstanceOf(BadRequestError);
    expect(tooLong.message).toContain("with 20 validators, at most 750 minutes");
    await expect(saveDrill(as("owner"), topology.id, body({ version: 9 }))).rejects.toThrow(NotFoundError);
  });

  it("refuses a save on an archived topology", async () => {
    const topologyId = await topologyOfA("Archived");
    await world.db.topology.update({ where: { id: topologyId }, data: { archivedAt: new Date() } });
    await expect(saveDrill(as("editor"), topologyId, body({}))).rejects.toThrow(ConflictError);
  });

  it("attaches to a review of the same topology only, detaches, and records each change once", async () => {
    const topologyId = await topologyOfA("Attach");
    const reviewId = await reviewOf(topologyId);
    const elsewhere = await reviewOf(await topologyOfA("Elsewhere"));
    const { drill } = await saveDrill(as("editor"), topologyId, body({ reviewId }));
    expect(drill.reviewId).toBe(reviewId);
    expect((await listReviewDrills(as("viewer"), reviewId)).drills.map((d) => d.id)).toEqual([drill.id]);

    const wrong = await attachDrill(as("editor"), topologyId, drill.id, { reviewId: elsewhere }).catch((e) => e);
    expect(wrong).toBeInstanceOf(BadRequestError);
    expect(wrong.message).toMatch(/another topology/);
    await expect(saveDrill(as("editor"), topologyId, body({ reviewId: elsewhere }))).rejects.toThrow(/another topology/);

    expect((await attachDrill(as("editor"), topologyId, drill.id, { reviewId: null })).drill.reviewId).toBeNull();
    expect((await attachDrill(as("editor"), topologyId, drill.id, { reviewId: null })).drill.reviewId).toBeNull();
    expect((await listReviewDrills(as("viewer"), reviewId)).drills).toEqual([]);
    expect((await attachDrill(as("admin"), topologyId, drill.id, { reviewId })).drill.reviewId).toBe(reviewId);
    const attaches = (await auditOf(drill.id)).filter((e) => e.action === "drill.attach").map((e) => e.data);
    // The repeated detach changed nothing and recorded nothing.
    expect(attaches).toEqual([
      { topologyId, version: 1, name: "Drill", reviewId: null, previousReviewId: reviewId },
      { topologyId, version: 1, name: "Drill", reviewId, previousReviewId: null },
    ]);

    // Deleting the review detaches the drill; the drill stays.
    await world.db.review.delete({ where: { id: reviewId } });
    expect((await listDrills(as("viewer"), topologyId)).drills.map((d) => [d.id, d.reviewId])).toEqual([[drill.id, null]]);
  });

  it("lets the creator, an admin or an owner change or delete a drill, and no other member", async () => {
    const topologyId = await topologyOfA("Owners");
    const { drill } = await saveDrill(as("regionEditor"), topologyId, body({}));
    expect((await listDrills(as("editor"), topologyId)).drills[0]!.canChange).toBe(false);
    expect((await listDrills(as("regionEditor"), topologyId)).drills[0]!.canChange).toBe(true);
    const refused = await deleteDrill(as("editor"), topologyId, drill.id).catch((e) => e);
    expect(refused).toBeInstanceOf(ForbiddenError);
    await expect(attachDrill(as("reviewer"), topologyId, drill.id, { reviewId: null })).rejects.toThrow(ForbiddenError);
    expect(await deleteDrill(as("admin"), topologyId, drill.id)).toEqual({ id: drill.id });
    await expect(deleteDrill(as("owner"), topologyId, drill.id)).rejects.toThrow(NotFoundError);
    const events = await auditOf(drill.id);
    expect(events.map((e) => e.action)).toEqual(["drill.save", "drill.delete"]);
    expect(events[1]).toMatchObject({ actorId: world.users.admin.id, data: { topologyId, version: 1, name: "Drill", reviewId: null, createdById: world.users.regionEditor.id } });
  });

  it("lists a topology's drills newest first, by version when asked; a drill is found only under its own topology", async () => {
    const topologyId = await topologyOfA("Versions");
    const doc = twoRegionDocument("Versions");
    await world.db.topologyVersion.create({ data: { topologyId, number: 2, document: doc, digest: "d2", authorId: world.users.owner.id, validation: {} } });
    const first = (await saveDrill(as("editor"), topologyId, body({ name: "On v1" }))).drill;
    const second = (await saveDrill(as("editor"), topologyId, body({ name: "On v2", version: 2 }))).drill;
    expect((await listDrills(as("viewer"), topologyId)).drills.map((d) => d.name)).toEqual(["On v2", "On v1"]);
    expect((await listDrills(as("viewer"), topologyId, { version: 1 })).drills.map((d) => d.id)).toEqual([first.id]);
    expect(DrillListSchema.parse(JSON.parse(JSON.stringify(await listDrills(as("viewer"), topologyId, { version: 2 })))).drills[0]!.id).toBe(second.id);
    await expect(deleteDrill(as("owner"), world.topologyId, first.id)).rejects.toThrow(NotFoundError);
  });

  it("shows another organisation nothing: 404 from every endpoint, called in its own organisation", async () => {
    const topologyId = await topologyOfA("Tenant");
    const reviewId = await reviewOf(topologyId);
    const { drill } = await saveDrill(as("owner"), topologyId, body({ reviewId }));
    const before = await counts();
    const headers = { cookie: await sessionCookieFor(world.db, world.users.otherOrg.id), "x-meridian-org": world.orgB.id };
    const calls = [
      callRoute(drillsRoute.GET, { method: "GET", route: "/api/topologies/[id]/drills", params: { id: topologyId }, headers }),
      callRoute(drillsRoute.POST, { method: "POST", route: "/api/topologies/[id]/drills", params: { id: topologyId }, body: { version: 1, name: "x", spec: LOSE_ONE }, headers }),
      callRoute(drillRoute.PATCH, { method: "PATCH", route: "/api/topologies/[id]/drills/[drillId]", params: { id: topologyId, drillId: drill.id }, body: { reviewId: null }, headers }),
      callRoute(drillRoute.DELETE, { method: "DELETE", route: "/api/topologies/[id]/drills/[drillId]", params: { id: topologyId, drillId: drill.id }, headers }),
      callRoute(reviewDrillsRoute.GET, { method: "GET", route: "/api/reviews/[reviewId]/drills", params: { reviewId }, headers }),
    ];
    for (const response of await Promise.all(calls)) {
      const text = await response.text();
      expect(response.status, text).toBe(404);
      for (const secret of [topologyId, drill.id, reviewId, world.orgA.id]) expect(text).not.toContain(secret);
    }
    expect(await counts()).toEqual(before);

    // B's own drill under A's topology id, and A's drill under B's topology, are not found either.
    const { topology: ofB } = await createTopology(world.ownerOfB, { name: "B's" });
    const { drill: drillOfB } = await saveDrill(world.ownerOfB, ofB.id, body({}));
    await expect(attachDrill(world.ownerOfB, ofB.id, drill.id, { reviewId: null })).rejects.toThrow(NotFoundError);
    await expect(attachDrill(as("owner"), topologyId, drillOfB.id, { reviewId: null })).rejects.toThrow(NotFoundError);
    await expect(attachDrill(world.ownerOfB, ofB.id, drillOfB.id, { reviewId })).rejects.toThrow(NotFoundError);
    await expect(listReviewDrills(world.ownerOfB, reviewId)).rejects.toThrow(NotFoundError);
  });

  it("lets a member of A see drills whoever saved them, including someone no longer a member", async () => {
    const member = await addMember(world.db, world.orgA.id, `leaver-${world.next()}@acme.example`, "editor");
    const topologyId = await topologyOfA("Leaver");
    await saveDrill(actorFor(world.db, { ...member, name: "leaver" }, world.orgA.id, "editor"), topologyId, body({}));
    await world.db.membership.delete({ where: { id: member.membershipId } });
    const [listed] = (await listDrills(as("viewer"), topologyId)).drills;
    expect(listed!.createdBy).toMatchObject({ id: member.id, email: member.email });
  });
});
