import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, auditActionLabel } from "@/lib/domain/api";
import { starterDocument } from "@/lib/domain/starter";
import type { ActorContext } from "../context";
import { nextRequest, signUp } from "../testing/actors";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { createTopology } from "../topologies/create-topology";
import { saveVersion } from "../topologies/save-version";
import { appendAuditEvent } from "./append";
import { listAuditEvents } from "./list";
import { verifyAuditChain } from "./verify";

describe("audit action labels", () => {
  it("labels every action once, and falls back to the code for an unknown one", () => {
    expect(Object.keys(AUDIT_ACTION_LABELS).sort()).toEqual([...AUDIT_ACTIONS].sort());
    expect(new Set(Object.values(AUDIT_ACTION_LABELS)).size).toBe(AUDIT_ACTIONS.length);
    expect(auditActionLabel("topology.save")).toBe("Saved a version");
    expect(auditActionLabel("future.thing")).toBe("future.thing");
  });
});

describe.each(DATABASE_KINDS)("audit log on %s", (kind) => {
  let db: TestDatabase;
  let owner: ActorContext;
  let topologyId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    owner = await signUp(db.prisma, "owner@example.com", "Owner");
    const created = await createTopology(nextRequest(owner), { name: "Audited" });
    topologyId = created.topology.id;
    await saveVersion(nextRequest(owner), topologyId, { baseVersion: 1, document: starterDocument("a"), message: "one" });
    await saveVersion(nextRequest(owner), topologyId, { baseVersion: 2, document: starterDocument("b"), message: "two" });
    await createTopology(nextRequest(owner), { name: "Other" });
  });
  afterAll(async () => db?.destroy());

  const query = (q: Record<string, unknown> = {}) => listAuditEvents(owner, { limit: 50, ...q });

  it("records who, what, target, when (UTC) and request id for every mutation", async () => {
    const { events } = await query();
    expect(events.map((e) => e.action)).toEqual(["topology.create", "topology.save", "topology.save", "topology.create", "organization.create"]);
    for (const e of events) {
      expect(e.actorEmail).toBe("owner@example.com");
      expect(e.occurredAt).toMatch(/Z$/);
      expect(e.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(new Set(events.map((e) => e.requestId)).size).toBe(events.length);
  });

  it("filters by action, target, actor and time range, and pages", async () => {
    expect((await query({ action: "topology.save" })).events).toHaveLength(2);
    expect((await query({ target: topologyId })).events.map((e) => e.action)).toEqual(["topology.save", "topology.save", "topology.create"]);
    expect((await query({ actor: "OWNER@example.com" })).events).toHaveLength(5);
    expect((await query({ actor: "nobody@example.com" })).events).toHaveLength(0);
    const all = (await query()).events;
    const middle = all[2]!.occurredAt;
    expect((await query({ from: "2000-01-01T00:00:00Z", to: "2000-01-02T00:00:00Z" })).events).toHaveLength(0);
    expect((await query({ to: middle })).events.every((e) => e.occurredAt <= middle)).toBe(true);
    const page1 = await query({ limit: 2 });
    const page2 = await query({ limit: 2, before: page1.nextBefore });
    expect([...page1.events, ...page2.events].map((e) => e.seq)).toEqual(all.slice(0, 4).map((e) => e.seq));
  });

  it("names each target by its current name, keeping the id", async () => {
    const { events } = await query();
    expect(events.map((e) => e.targetName)).toEqual(["Other", "Audited", "Audited", "Audited", expect.any(String)]);
    const org = await db.prisma.organization.findUniqueOrThrow({ where: { id: owner.organizationId } });
    expect(events.at(-1)).toMatchObject({ targetType: "organization", targetId: owner.organizationId, targetName: org.name });
    expect(events[1]).toMatchObject({ targetType: "topology", targetId: topologyId });
  });

  it("verifies an intact chain", async () => {
    expect(await verifyAuditChain(db.prisma, owner.organizationId)).toMatchObject({ ok: true, checked: 5, headSeq: 5, unanchored: 5, checkpoints: { latest: null } });
  });

  it("refuses UPDATE, DELETE and TRUNCATE on audit events", async () => {
    await expect(db.sql.query(`UPDATE "AuditEvent" SET "action" = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.sql.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(db.sql.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only|truncate/i);
    expect(await db.prisma.auditEvent.count()).toBeGreaterThanOrEqual(5);
  });

  it("detects tampering done with the trigger disabled, naming the first broken link", async () => {
    const victim = await db.prisma.auditEvent.findFirstOrThrow({ where: { organizationId: owner.organizationId, seq: 3 } });
    await db.sql.execScript(`
      ALTER TABLE "AuditEvent" DISABLE TRIGGER "audit_event_no_update_delete";
      UPDATE "AuditEvent" SET "data" = '{"version": 99}' WHERE "id" = ${victim.id};
      ALTER TABLE "AuditEvent" ENABLE TRIGGER "audit_event_no_update_delete";`);
    const result = await verifyAuditChain(db.prisma, owner.organizationId);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({ seq: 3, id: victim.id.toString() });
    expect(result.firstBroken?.reason).toMatch(/altered/);
  });

  it("detects a deleted event", async () => {
    const other = await signUp(db.prisma, "other@example.com");
    await createTopology(nextRequest(other), { name: "x" });
    await createTopology(nextRequest(other), { name: "y" });
    await db.sql.execScript(`
      ALTER TABLE "AuditEvent" DISABLE TRIGGER "audit_event_no_update_delete";
      DELETE FROM "AuditEvent" WHERE "organizationId" = '${other.organizationId}' AND "seq" = 2;
      ALTER TABLE "AuditEvent" ENABLE TRIGGER "audit_event_no_update_delete";`);
    const result = await verifyAuditChain(db.prisma, other.organizationId);
    expect(result).toMatchObject({ ok: false, firstBroken: { seq: 2 } });
    expect(result.firstBroken?.reason).toMatch(/missing/);
  });

  it("resolves names per target type within the organisation only", async () => {
    const alice = await signUp(db.prisma, "alice@example.com", "Alice");
    const mallory = await signUp(db.prisma, "mallory@example.com", "Mallory");
    const own = (await createTopology(nextRequest(alice), { name: "Alice net" })).topology;
    const foreign = (await createTopology(nextRequest(mallory), { name: "Mallory secret plan" })).topology;
    const review = await db.prisma.review.create({ data: { organizationId: alice.organizationId, topologyId: own.id, version: 1, requestedById: alice.user.id } });
    const foreignReview = await db.prisma.review.create({ data: { organizationId: mallory.organizationId, topologyId: foreign.id, version: 1, requestedById: mallory.user.id } });
    const template = (organizationId: string, title: string, publishedById: string) => db.prisma.template.create({
      data: { organizationId, title, document: {}, summary: {}, monthlyCostUsd: 0, publishedById },
    });
    const ownTemplate = await template(alice.organizationId, "Alice template", alice.user.id);
    const foreignTemplate = await template(mallory.organizationId, "Mallory template", mallory.user.id);
    const aliceMembership = await db.prisma.membership.findFirstOrThrow({ where: { userId: alice.user.id } });
    const malloryMembership = await db.prisma.membership.findFirstOrThrow({ where: { userId: mallory.user.id } });

    // Events in Alice's organisation pointing at her targets and, as a forged or stale id might, at Mallory's.
    const targets: [string, string, Record<string, string>?][] = [
      ["topology", own.id], ["topology", foreign.id],
      ["review", review.id], ["review", foreignReview.id],
      ["template", ownTemplate.id], ["template", foreignTemplate.id],
      ["membership", aliceMembership.id], ["membership", malloryMembership.id],
      ["user", alice.user.id], ["user", mallory.user.id],
      ["organization", mallory.organizationId],
      ["invitation", "inv-1", { email: "new@example.com" }], ["invitation", "inv-2"],
    ];
    await db.prisma.$transaction(async (tx) => {
      for (const [targetType, targetId, data] of targets) {
        await appendAuditEvent(tx, {
          organizationId: alice.organizationId, actor: alice.user, action: "topology.update",
          targetType, targetId, requestId: alice.requestId, ...(data && { data }),
        });
      }
    });
    const { events } = await listAuditEvents(alice, { limit: targets.length, action: "topology.update" });
    const names = Object.fromEntries(events.map((e) => [`${e.targetType}:${e.targetId}`, e.targetName]));
    expect(names).toEqual({
      [`topology:${own.id}`]: "Alice net",
      [`topology:${foreign.id}`]: null,
      [`review:${review.id}`]: "Alice net v1",
      [`review:${foreignReview.id}`]: null,
      [`template:${ownTemplate.id}`]: "Alice template",
      [`template:${foreignTemplate.id}`]: null,
      [`membership:${aliceMembership.id}`]: "Alice",
      [`membership:${malloryMembership.id}`]: null,
      [`user:${alice.user.id}`]: "Alice",
      [`user:${mallory.user.id}`]: null,
      [`organization:${mallory.organizationId}`]: null,
      ["invitation:inv-1"]: "new@example.com",
      ["invitation:inv-2"]: null,
    });
    expect(JSON.stringify(events)).not.toMatch(/Mallory/);
  });
});
