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

  it("changes name and SSO settings with one audit event listing each change", async () => {
    const view = await updateOrganization(owner, { name: "Acme", ssoDomain: "acme.example", ssoRequired: true });
    expect(view).toMatchObject({ name: "Acme", ssoDomain: "acme.example", ssoRequired: true });
    const [event] = await updates();
    expect(event!.data).toEqual({
      changes: { name: { from: "Acme Networks", to: "Acme" }, ssoDomain: { from: null, to: "acme.example" }, ssoRequired: { from: false, to: true } },
    });
  });

  it("writes nothing when nothing changes", async () => {
    const before = (await updates()).length;
    await updateOrganization(owner, { name: "Acme" });
    expect(await updates()).toHaveLength(before);
  });

  it("refuses a domain another organisation claims, without naming it", async () => {
    const error = await updateOrganization(world.ownerOfB, { ssoDomain: "acme.example" }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).not.toContain("Acme");
  });

  it("gives one of two organisations claiming a new domain at once the domain, and the other a conflict", async () => {
    const results = await Promise.allSettled([
      updateOrganization(owner, { ssoDomain: "race.example" }),
      updateOrganization(world.ownerOfB, { ssoDomain: "race.example" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toBeInstanceOf(ConflictError);
    expect(await db.prisma.organization.count({ where: { ssoDomain: "race.example" } })).toBe(1);
  });

  it("refuses to require SSO from a local session, which would lock itself out", async () => {
    await expect(updateOrganization({ ...world.ownerOfB, signInProvider: "local" }, { ssoRequired: true })).rejects.toBeInstanceOf(ConflictError);
  });
});
