import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regionKey } from "@/lib/domain/region-key";
import { verifyAuditChain } from "../audit/verify";
import type { ActorContext } from "../context";
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { actorFor } from "../testing/actors";
import { addMember, seedAccessWorld, type AccessWorld } from "../testing/access-world";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { listMembers, removeMember, updateMember } from "./members";

describe.each(DATABASE_KINDS)("members on %s", (kind) => {
  let db: TestDatabase;
  let world: AccessWorld;
  let owner: ActorContext;
  let admin: ActorContext;
  let n = 0;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    world = await seedAccessWorld(db.prisma);
    owner = world.ownerOfA;
    admin = actorFor(db.prisma, { ...world.users.admin, name: null }, world.orgA.id, "admin");
  });
  afterAll(async () => db?.destroy());

  const member = (role: "viewer" | "editor" | "owner" = "viewer", source = "manual") =>
    addMember(db.prisma, world.orgA.id, `m${++n}@acme.example`, role, { source });
  const eventsFor = (targetId: string) => db.prisma.auditEvent.findMany({ where: { targetId }, orderBy: { seq: "asc" } });

  it("lists only the organisation's own members", async () => {
    const { members } = await listMembers(owner);
    expect(members.map((m) => m.email)).toContain("regioneditor@acme.example");
    expect(members.map((m) => m.email)).not.toContain("owner@beta.example");
  });

  it("changes role and scope in one audited event", async () => {
    const m = await member("viewer");
    const view = await updateMember(admin, m.membershipId, { role: "editor", scope: { providers: [], regions: [regionKey("aws", "us-east-1")] } });
    expect(view).toMatchObject({ role: "editor", scope: { providers: [], regions: [regionKey("aws", "us-east-1")] } });
    const [event] = await eventsFor(m.membershipId);
    expect(event).toMatchObject({ action: "membership.update", actorId: world.users.admin.id, organizationId: world.orgA.id });
    expect(event!.data).toMatchObject({ changes: { role: { from: "viewer", to: "editor" }, scope: { to: { regions: ["aws:us-east-1"] } } } });
  });

  it("writes nothing when nothing changes", async () => {
    const m = await member("viewer");
    await updateMember(admin, m.membershipId, { role: "viewer" });
    expect(await eventsFor(m.membershipId)).toEqual([]);
  });

  it("refuses to grant or touch a role above the actor's, and to scope owners and admins", async () => {
    const m = await member("viewer");
    await expect(updateMember(admin, m.membershipId, { role: "owner" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateMember(admin, (await member("owner")).membershipId, { role: "viewer" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateMember(owner, m.membershipId, { role: "admin", scope: { providers: ["aws"], regions: [] } })).rejects.toBeInstanceOf(BadRequestError);
  });

  it("leaves roles that come from identity provider groups to the groups", async () => {
    const m = await member("viewer", "sso");
    await expect(updateMember(owner, m.membershipId, { role: "editor" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("never acts on another organisation's member", async () => {
    const foreign = await addMember(db.prisma, world.orgB.id, `f${++n}@beta.example`, "viewer");
    await expect(updateMember(owner, foreign.membershipId, { role: "editor" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeMember(owner, foreign.membershipId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("removes a member with an audit event", async () => {
    const m = await member("editor");
    expect(await removeMember(admin, m.membershipId)).toEqual({ removed: m.membershipId });
    expect(await db.prisma.membership.findUnique({ where: { id: m.membershipId } })).toBeNull();
    expect((await eventsFor(m.membershipId)).map((e) => [e.action, (e.data as { role: string }).role])).toEqual([["membership.remove", "editor"]]);
  });

  it("keeps at least one owner, even when two owners demote each other at once", async () => {
    const solo = await db.prisma.organization.create({ data: { name: "Solo", slug: `solo-${++n}` } });
    const a = await addMember(db.prisma, solo.id, `a${n}@solo.example`, "owner");
    const b = await addMember(db.prisma, solo.id, `b${n}@solo.example`, "owner");
    const asA = actorFor(db.prisma, { ...a, name: null }, solo.id, "owner");
    const asB = actorFor(db.prisma, { ...b, name: null }, solo.id, "owner");
    const outcomes = await Promise.allSettled([
      updateMember(asA, b.membershipId, { role: "admin" }),
      updateMember(asB, a.membershipId, { role: "admin" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect((outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(await db.prisma.membership.count({ where: { organizationId: solo.id, role: "owner" } })).toBe(1);
    const last = (await db.prisma.membership.findFirstOrThrow({ where: { organizationId: solo.id, role: "owner" } })).id;
    const lastOwner = last === a.membershipId ? asA : asB;
    await expect(removeMember(lastOwner, last)).rejects.toBeInstanceOf(ConflictError);
  });

  it("keeps the audit chain intact", async () => {
    expect((await verifyAuditChain(db.prisma, world.orgA.id)).ok).toBe(true);
  });
});
