import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActorContext } from "../context";
import { ConflictError } from "../errors";
import { actorFor, nextRequest } from "../testing/actors";
import { seedAccessWorld, type AccessWorld } from "../testing/access-world";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { createInvitation, listInvitations } from "./invitations";
import { isPendingInvitationRace } from "./pending-invitation";

describe.each(DATABASE_KINDS)("one pending invitation per organisation and address on %s", (kind) => {
  let db: TestDatabase;
  let world: AccessWorld;
  let admin: ActorContext;
  let n = 0;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    world = await seedAccessWorld(db.prisma);
    admin = actorFor(db.prisma, { ...world.users.admin, name: null }, world.orgA.id, "admin");
  });
  afterAll(async () => db?.destroy());

  const address = (local = "pending") => `${local}${++n}@example.com`;
  const invite = (email: string) => createInvitation(nextRequest(admin), { email, role: "viewer" }, "https://meridian.example");
  const pendingRows = (email: string) =>
    db.prisma.invitation.count({ where: { organizationId: world.orgA.id, email: { equals: email }, acceptedAt: null, revokedAt: null } });

  it("lets exactly one of several creations racing for one address win; the others get 409, not 500", async () => {
    const email = address("race");
    const results = await Promise.allSettled([invite(email), invite(email), invite(email)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect(r.reason).toBeInstanceOf(ConflictError);
      expect(r.reason).toMatchObject({ status: 409, message: `${email} already has a pending invitation: revoke it to send a new one.` });
    }
    expect(await pendingRows(email)).toBe(1);
  });

  it("compares addresses case-insensitively, and '_' in an address is no wildcard", async () => {
    const email = address("case");
    await invite(email);
    await expect(invite(email.toUpperCase())).rejects.toMatchObject({ status: 409 });
    const underscored = address("a_b");
    await invite(underscored.replace("_", "x"));
    await expect(invite(underscored)).resolves.toMatchObject({ invitation: { email: underscored, status: "pending" } });
  });

  it("holds in the database too: a second pending row for the address, in any case, is refused", async () => {
    const email = address("index");
    await invite(email);
    const row = { organizationId: world.orgA.id, email: email.toUpperCase(), role: "viewer" as const, invitedById: world.users.admin.id, expiresAt: new Date(Date.now() + 86_400_000) };
    const refused = await db.prisma.invitation.create({ data: { ...row, tokenHash: `direct-${n}` } }).catch((e: unknown) => e);
    expect(isPendingInvitationRace(refused)).toBe(true);
    // Another organisation may invite the same address.
    await expect(createInvitation(world.ownerOfB, { email, role: "viewer" }, "https://x.example")).resolves.toBeDefined();
  });

  it("replaces an expired invitation: revoked with an audit event, still listed as expired", async () => {
    const email = address("expired");
    const { invitation: old } = await invite(email);
    await db.prisma.invitation.update({ where: { id: old.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const { invitation: fresh } = await invite(email);
    const stored = await db.prisma.invitation.findUniqueOrThrow({ where: { id: old.id } });
    expect(stored.revokedAt).not.toBeNull();
    expect(await pendingRows(email)).toBe(1);
    const listed = (await listInvitations(admin)).invitations;
    expect(listed.find((i) => i.id === old.id)?.status).toBe("expired");
    expect(listed.find((i) => i.id === fresh.id)?.status).toBe("pending");
    const events = await db.prisma.auditEvent.findMany({ where: { targetId: old.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["invitation.create", "invitation.revoke"]);
    expect(events[1]!.data).toMatchObject({ reason: "expired, replaced by a new invitation" });
  });
});
