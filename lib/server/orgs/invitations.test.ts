import { randomUUID } from "node:crypto";
import { regionKey } from "@/lib/domain/region-key";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActorContext, SignedInContext } from "../context";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { actorFor } from "../testing/actors";
import { addMember, seedAccessWorld, type AccessWorld } from "../testing/access-world";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { acceptInvitation, createInvitation, listInvitations, revokeInvitation } from "./invitations";

describe.each(DATABASE_KINDS)("invitations on %s", (kind) => {
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

  /** A signed-in user with no membership yet, as the invitee arrives. */
  async function invitee(provider = "oidc"): Promise<SignedInContext> {
    const email = `invitee${++n}@example.com`;
    const user = await db.prisma.user.create({ data: { email } });
    return { db: db.prisma, requestId: randomUUID(), user: { id: user.id, email, name: null }, session: { userId: user.id, sessionVersion: 0, provider, signedInAt: 0 } };
  }
  const invite = (email: string, role: "viewer" | "editor" | "owner" = "editor") =>
    createInvitation(admin, { email, role, scope: { providers: [], regions: [regionKey("azure", "westeurope")] } }, "https://meridian.example/");
  const tokenOf = (link: string) => link.split("/invite/")[1]!;
  const actionsFor = async (targetId: string) => (await db.prisma.auditEvent.findMany({ where: { targetId }, orderBy: { seq: "asc" } })).map((e) => e.action);

  it("creates an audited invitation whose link is shown once and stored only as a hash", async () => {
    const me = await invitee();
    const { invitation, link } = await invite(me.user.email!);
    expect(link).toMatch(/^https:\/\/meridian\.example\/invite\/[\w-]{43}$/);
    const row = await db.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(JSON.stringify(row)).not.toContain(tokenOf(link));
    expect(await actionsFor(invitation.id)).toEqual(["invitation.create"]);
    expect((await listInvitations(admin)).invitations.find((i) => i.id === invitation.id)).toMatchObject({ status: "pending", invitedBy: "admin@acme.example" });
  });

  it("refuses a second pending invitation, an existing member and a role above the inviter's", async () => {
    const me = await invitee();
    await invite(me.user.email!);
    await expect(invite(me.user.email!)).rejects.toBeInstanceOf(ConflictError);
    await expect(invite("viewer@acme.example")).rejects.toBeInstanceOf(ConflictError);
    await expect(invite((await invitee()).user.email!, "owner")).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("accepts into a scoped membership with one audit event in the inviting organisation", async () => {
    const me = await invitee();
    const { invitation, link } = await invite(me.user.email!);
    expect(await acceptInvitation(me, tokenOf(link))).toEqual({ organization: { id: world.orgA.id, name: "Acme Networks" }, role: "editor" });
    const membership = await db.prisma.membership.findUniqueOrThrow({ where: { userId_organizationId: { userId: me.user.id, organizationId: world.orgA.id } } });
    expect(membership).toMatchObject({ role: "editor", scopeRegions: ["azure:westeurope"], source: "invitation" });
    expect(await actionsFor(invitation.id)).toEqual(["invitation.create", "invitation.accept"]);
    await expect(acceptInvitation(me, tokenOf(link))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("answers not found for someone else's, a revoked or an unknown link", async () => {
    const me = await invitee();
    const { invitation, link } = await invite(me.user.email!);
    await expect(acceptInvitation(await invitee(), tokenOf(link))).rejects.toBeInstanceOf(NotFoundError);
    const revoked = await revokeInvitation(admin, invitation.id);
    expect(revoked).toMatchObject({ status: "revoked", invitedBy: "admin@acme.example" });
    expect(await actionsFor(invitation.id)).toEqual(["invitation.create", "invitation.revoke"]);
    await expect(acceptInvitation(me, tokenOf(link))).rejects.toBeInstanceOf(NotFoundError);
    await expect(acceptInvitation(me, "x".repeat(43))).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeInvitation(admin, invitation.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it("lets exactly one of a revocation and an acceptance racing each other win", async () => {
    const me = await invitee();
    const { invitation, link } = await invite(me.user.email!);
    await Promise.allSettled([revokeInvitation(admin, invitation.id), acceptInvitation(me, tokenOf(link))]);
    const row = await db.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    const member = await db.prisma.membership.count({ where: { userId: me.user.id } });
    expect([row.acceptedAt !== null, row.revokedAt !== null].filter(Boolean)).toHaveLength(1);
    expect(member).toBe(row.acceptedAt ? 1 : 0);
  });

  it("never revokes another organisation's invitation", async () => {
    const foreign = await createInvitation(world.ownerOfB, { email: `f${++n}@example.com`, role: "viewer" }, "https://x.example");
    await expect(revokeInvitation(admin, foreign.invitation.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listInvitations(admin)).invitations.map((i) => i.id)).not.toContain(foreign.invitation.id);
  });

  it("requires single sign-on to join an organisation that requires it", async () => {
    const strict = await db.prisma.organization.create({ data: { name: "Strict", slug: `strict-${++n}`, ssoRequired: true } });
    const owner = await addMember(db.prisma, strict.id, `owner${n}@strict.example`, "owner");
    const asOwner = actorFor(db.prisma, { ...owner, name: null }, strict.id, "owner");
    const local = await invitee("local");
    const { link } = await createInvitation(asOwner, { email: local.user.email!, role: "viewer" }, "https://x.example");
    await expect(acceptInvitation(local, tokenOf(link))).rejects.toMatchObject({ status: 403, code: "sso_required" });
  });
});
