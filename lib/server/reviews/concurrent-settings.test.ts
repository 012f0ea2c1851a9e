import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActorContext } from "../context";
import { nextRequest, signUp } from "../testing/actors";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { createTopology } from "../topologies/create-topology";
import { setProduction } from "./production";
import { updateReviewPolicy } from "./review-policy";

describe.each(DATABASE_KINDS)("concurrent setting changes on %s", (kind) => {
  let db: TestDatabase;
  let owner: ActorContext;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    owner = await signUp(db.prisma, "owner@example.com", "Owner");
  });
  afterAll(async () => db?.destroy());

  it("marks a topology production once, however many identical requests race", async () => {
    const { topology } = await createTopology(owner, { name: "Racing" });
    await Promise.all(Array.from({ length: 6 }, () => setProduction(nextRequest(owner), topology.id, { production: true })));
    const events = await db.prisma.auditEvent.findMany({ where: { targetId: topology.id, action: "topology.production" } });
    expect(events).toHaveLength(1);
    expect((await db.prisma.topology.findUniqueOrThrow({ where: { id: topology.id } })).production).toBe(true);
  });

  it("records each policy change against the value it really replaced", async () => {
    await Promise.all([2, 3, 4, 5].map((n) => updateReviewPolicy(nextRequest(owner), { approvalsRequired: n })));
    const events = await db.prisma.auditEvent.findMany({
      where: { organizationId: owner.organizationId, action: "organization.update" },
      orderBy: { seq: "asc" },
    });
    const changes = events.map((e) => (e.data as { changes: { approvalsRequired: { from: number; to: number } } }).changes.approvalsRequired);
    expect(changes).toHaveLength(4);
    // A chain: each change starts where the one before it ended.
    for (let i = 1; i < changes.length; i++) expect(changes[i]!.from).toBe(changes[i - 1]!.to);
    expect(changes[0]!.from).toBe(1);
  });
});
