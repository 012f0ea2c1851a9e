import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActorContext } from "../context";
import { ConflictError } from "../errors";
import { seedAccessWorld, type AccessWorld } from "../testing/access-world";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { getOrganization, updateOrganization } from "./settings";

describe.each(DATABASE_KINDS)("organisation settings on %s", (kind) => {
  let db: TestDatabase;
  let world: AccessWorld;
  let owner: ActorContext;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    world = await seedAccessWorld(db.prisma);
    owner = { ...world.ownerOfA, signInProvider: "oidc" };
  });
  afterAll(async () => db?.destroy());

  const updates = () => db.prisma.auditEvent.findMany({ where: { organizationId: world.orgA.id, action: "organization.update" }, orderBy: { seq: "asc" } });

  it("reads the actor's own organisation", async () => {
    expect(await getOrganization(owner)).toMatchObject({ id: world.orgA.id, name: "Acme Networks", ssoRequired: false, ssoDomain: null });
    expect(await getOrganization(world.ownerOfB)).toMatchObject({ id: world.orgB.id });
  });

  it("changes name and SSO settings with one audit event listing each change; a new domain is only claimed", async () => {
    const view = await updateOrganization(owner, { name: "Acme", ssoDomain: "acme.example", ssoRequired: true });
    expect(view).toMatchObject({ name: "Acme", ssoDomain: null, ssoDomainClaim: { domain: "acme.example" }, ssoRequired: true });
    const [event] = await updates();
    expect(event!.data).toEqual({
      changes: { name: { from: "Acme Networks", to: "Acme" }, ssoDomainClaim: { from: null, to: "acme.example" }, ssoRequired: { from: false, to: true } },
    });
  });

  it("writes nothing when nothing changes", async () => {
    const before = (await updates()).length;
    await updateOrganization(owner, { name: "Acme" });
    expect(await updates()).toHaveLength(before);
  });

  it("refuses a domain another organisation has proven, without naming it", async () => {
    await db.prisma.organization.update({ where: { id: world.orgA.id }, data: { ssoDomain: "proven.example" } });
    const error = await updateOrganization(world.ownerOfB, { ssoDomain: "proven.example" }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).not.toContain("Acme");
  });

  it("lets two organisations claim one new domain at once: claims block nobody, and neither takes effect unproven", async () => {
    const results = await Promise.allSettled([
      updateOrganization(owner, { ssoDomain: "race.example" }),
      updateOrganization(world.ownerOfB, { ssoDomain: "race.example" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(await db.prisma.organization.count({ where: { ssoDomain: "race.example" } })).toBe(0);
    expect(await db.prisma.ssoDomainClaim.count({ where: { domain: "race.example" } })).toBe(2);
  });

  it("removes a proven domain and a pending claim at once", async () => {
    const view = await updateOrganization(owner, { ssoDomain: null });
    expect(view).toMatchObject({ ssoDomain: null, ssoDomainClaim: null });
  });

  it("refuses to require SSO from a local session, which would lock itself out", async () => {
    await expect(updateOrganization({ ...world.ownerOfB, signInProvider: "local" }, { ssoRequired: true })).rejects.toBeInstanceOf(ConflictError);
  });
});
