import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { starterDocument } from "@/lib/domain/starter";
import type { ActorContext } from "../context";
import { ConflictError } from "../errors";
import { nextRequest, signUp } from "../testing/actors";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { verifyAuditChain } from "../audit/verify";
import { createTopology } from "./create-topology";
import { saveVersion } from "./save-version";

describe.each(DATABASE_KINDS)("racing saves on %s", (kind) => {
  let db: TestDatabase;
  let actor: ActorContext;

  beforeAll(async () => {
    db = await createTestDatabase(kind, { poolSize: 25 });
    actor = await signUp(db.prisma, "racer@example.com");
  });
  afterAll(async () => db?.destroy());

  it("20 saves on the same base: exactly one wins, 19 conflict, nothing is lost", async () => {
    const { topology } = await createTopology(actor, { name: "Race" });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        saveVersion(nextRequest(actor), topology.id, {
          baseVersion: 1,
          document: { ...starterDocument("Race"), description: `writer ${i}` },
          message: `writer ${i}`,
        }),
      ),
    );
    const wins = results.filter((r) => r.status === "fulfilled");
    const conflicts = results.filter((r) => r.status === "rejected" && r.reason instanceof ConflictError);
    expect(wins).toHaveLength(1);
    expect(conflicts).toHaveLength(19);

    const versions = await db.prisma.topologyVersion.findMany({ where: { topologyId: topology.id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    const winner = (wins[0] as PromiseFulfilledResult<{ version: number }>).value;
    expect(winner.version).toBe(2);
    const saves = await db.prisma.auditEvent.count({ where: { targetId: topology.id, action: "topology.save" } });
    expect(saves).toBe(1);
    expect(await verifyAuditChain(db.prisma, actor.organizationId)).toMatchObject({ ok: true });
  });

  it("saves racing on different topologies of one organisation keep a single unbroken chain", async () => {
    const topologies = await Promise.all(Array.from({ length: 8 }, (_, i) => createTopology(nextRequest(actor), { name: `Parallel ${i}` })));
    await Promise.all(
      topologies.map(({ topology }) =>
        saveVersion(nextRequest(actor), topology.id, { baseVersion: 1, document: starterDocument("p"), message: "parallel" }),
      ),
    );
    const seqs = (await db.prisma.auditEvent.findMany({ where: { organizationId: actor.organizationId }, orderBy: { seq: "asc" } })).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect(await verifyAuditChain(db.prisma, actor.organizationId)).toMatchObject({ ok: true, checked: seqs.length });
  });
});
