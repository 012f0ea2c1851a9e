import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { starterDocument } from "@/lib/domain/starter";
import type { ActorContext } from "../context";
import { nextRequest, signUp } from "../testing/actors";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { createTopology } from "../topologies/create-topology";
import { saveVersion } from "../topologies/save-version";
import { listAuditEvents } from "./list";
import { verifyAuditChain } from "./verify";

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

  it("verifies an intact chain", async () => {
    expect(await verifyAuditChain(db.prisma, owner.organizationId)).toEqual({ ok: true, checked: 5, headSeq: 5 });
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
});
