import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { starterDocument } from "@/lib/domain/starter";
import type { ActorContext } from "../context";
import { BadRequestError, ConflictError, NotFoundError } from "../errors";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { nextRequest, signUp } from "../testing/actors";
import { createTopology } from "./create-topology";
import { getTopology, getVersion, listVersions } from "./get-topology";
import { listTopologies } from "./list-topologies";
import { saveVersion } from "./save-version";
import { updateTopology } from "./update-topology";

const LIST = { archived: "exclude", limit: 50 } as const;

describe.each(DATABASE_KINDS)("topologies on %s", (kind) => {
  let db: TestDatabase;
  let alice: ActorContext;
  let bob: ActorContext;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    alice = await signUp(db.prisma, "alice@example.com", "Alice");
    bob = await signUp(db.prisma, "bob@other.example", "Bob");
  });
  afterAll(async () => db?.destroy());

  const counts = async (topologyId: string) => ({
    versions: await db.prisma.topologyVersion.count({ where: { topologyId } }),
    events: await db.prisma.auditEvent.count({ where: { organizationId: alice.organizationId } }),
  });

  it("creates a topology with a first version and its audit event", async () => {
    const created = await createTopology(alice, { name: "EU network" });
    expect(created.version).toBe(1);
    const detail = await getTopology(alice, created.topology.id);
    expect(detail.topology.name).toBe("EU network");
    expect(detail.document.nodeGroups.find((g) => g.role === "validator")?.count).toBe(4);
    expect(detail.version.author.email).toBe("alice@example.com");
    const events = await db.prisma.auditEvent.findMany({ where: { targetId: created.topology.id } });
    expect(events.map((e) => e.action)).toEqual(["topology.create"]);
    expect(events[0]!.afterDigest).toBe(detail.version.digest);
  });

  it("saves versions on top of the base and lists them newest first", async () => {
    const { topology } = await createTopology(alice, { name: "Two saves" });
    const doc = starterDocument("Two saves");
    const v2 = await saveVersion(nextRequest(alice), topology.id, { baseVersion: 1, document: { ...doc, description: "second" }, message: "second" });
    const v3 = await saveVersion(nextRequest(alice), topology.id, { baseVersion: 2, document: { ...doc, description: "third" }, message: "third" });
    expect([v2.version, v3.version]).toEqual([2, 3]);
    const { versions } = await listVersions(alice, topology.id);
    expect(versions.map((v) => [v.number, v.message])).toEqual([[3, "third"], [2, "second"], [1, "Created"]]);
    const v2doc = await getVersion(alice, topology.id, 2);
    expect(v2doc.document.description).toBe("second");
    const saves = await db.prisma.auditEvent.findMany({ where: { targetId: topology.id, action: "topology.save" }, orderBy: { seq: "asc" } });
    expect(saves).toHaveLength(2);
    expect(saves[1]!.beforeDigest).toBe(v2.digest);
    expect(saves[1]!.afterDigest).toBe(v3.digest);
  });

  it("refuses a stale base version with the current version, writing nothing", async () => {
    const { topology } = await createTopology(alice, { name: "Conflict" });
    await saveVersion(alice, topology.id, { baseVersion: 1, document: starterDocument("a"), message: "first edit" });
    const before = await counts(topology.id);
    const stale = saveVersion(alice, topology.id, { baseVersion: 1, document: starterDocument("b"), message: "late edit" });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    const error = (await stale.catch((e) => e)) as ConflictError;
    expect(error.status).toBe(409);
    expect((error.details?.currentVersion as { number: number }).number).toBe(2);
    expect(await counts(topology.id)).toEqual(before);
  });

  it("rejects an invalid document with one message per path, writing nothing", async () => {
    const { topology } = await createTopology(alice, { name: "Bad input" });
    const before = await counts(topology.id);
    const doc = starterDocument("x");
    const bad = { ...doc, network: { ...doc.network, chainId: -5 }, nodeGroups: [{ ...doc.nodeGroups[0]!, count: 0 }] };
    const error = (await saveVersion(alice, topology.id, { baseVersion: 1, document: bad, message: "" }).catch((e) => e)) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["document.network.chainId", "document.nodeGroups[0].count"]));
    expect(await counts(topology.id)).toEqual(before);
  });

  it("refuses documents from a newer schema version", async () => {
    const { topology } = await createTopology(alice, { name: "Future" });
    const future = { ...starterDocument("x"), schemaVersion: 42 };
    await expect(saveVersion(alice, topology.id, { baseVersion: 1, document: future, message: "" })).rejects.toThrow(/newer than/);
  });

  it("answers not found for unknown ids and for another organisation's topology", async () => {
    const { topology } = await createTopology(alice, { name: "Private to Alice" });
    await expect(getTopology(alice, "nope")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTopology(bob, topology.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listVersions(bob, topology.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveVersion(bob, topology.id, { baseVersion: 1, document: starterDocument("x"), message: "" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateTopology(bob, topology.id, { archived: true })).rejects.toBeInstanceOf(NotFoundError);
    const bobs = await listTopologies(bob, { ...LIST, q: "Private" });
    expect(bobs.topologies).toEqual([]);
    expect((await getTopology(alice, topology.id)).topology.archived).toBe(false);
  });

  it("renames, archives and restores, one audit event each", async () => {
    const { topology } = await createTopology(alice, { name: "Lifecycle" });
    await updateTopology(alice, topology.id, { name: "Lifecycle renamed" });
    await updateTopology(alice, topology.id, { archived: true });
    expect((await listTopologies(alice, { ...LIST, q: "Lifecycle" })).topologies).toEqual([]);
    expect((await listTopologies(alice, { ...LIST, archived: "only", q: "Lifecycle" })).topologies.map((t) => t.name)).toEqual(["Lifecycle renamed"]);
    await expect(saveVersion(alice, topology.id, { baseVersion: 1, document: starterDocument("x"), message: "" })).rejects.toThrow(/archived/);
    await updateTopology(alice, topology.id, { archived: false });
    const actions = (await db.prisma.auditEvent.findMany({ where: { targetId: topology.id }, orderBy: { seq: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["topology.create", "topology.update", "topology.archive", "topology.restore"]);
  });

  it("searches by name and description, case-insensitively, and pages with a cursor", async () => {
    const carol = await signUp(db.prisma, "carol@example.com", "Carol");
    for (let i = 0; i < 5; i++) await createTopology(carol, { name: `Net ${i}`, description: i === 3 ? "APAC low latency" : "" });
    expect((await listTopologies(carol, { ...LIST, q: "apac" })).topologies.map((t) => t.name)).toEqual(["Net 3"]);
    const first = await listTopologies(carol, { ...LIST, limit: 2 });
    const second = await listTopologies(carol, { ...LIST, limit: 2, cursor: first.nextCursor! });
    const third = await listTopologies(carol, { ...LIST, limit: 2, cursor: second.nextCursor! });
    const names = [...first.topologies, ...second.topologies, ...third.topologies].map((t) => t.name);
    expect(new Set(names).size).toBe(5);
    expect(third.nextCursor).toBeNull();
  });
});
