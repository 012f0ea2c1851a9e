import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDatabaseForTesting } from "../db";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "../errors";
import { seedAccessWorld, type AccessWorld } from "../testing/access-world";
import { createTestDatabase, type TestDatabase } from "../testing/databases";
import { sessionCookieFor, useTestAuthSecret } from "../testing/sessions";
import { organizationToActivate } from "./switch-organization";

// The organisation switcher's server action goes through this; it decides with the API's own authentication.
describe("choosing the active organisation", () => {
  let db: TestDatabase;
  let world: AccessWorld;
  const caller = (cookie: string | null) => ({ cookie, organization: null });

  beforeAll(async () => {
    useTestAuthSecret();
    db = await createTestDatabase("pglite");
    setDatabaseForTesting(db);
    world = await seedAccessWorld(db.prisma);
  });
  afterAll(async () => {
    setDatabaseForTesting(undefined);
    await db?.destroy();
  });

  it("accepts the caller's own organisation", async () => {
    const cookie = await sessionCookieFor(db.prisma, world.users.viewer.id);
    await expect(organizationToActivate(caller(cookie), world.orgA.id)).resolves.toEqual({ organizationId: world.orgA.id });
  });

  it("treats another tenant's organisation as not found, and no session as signed out", async () => {
    const cookie = await sessionCookieFor(db.prisma, world.users.viewer.id);
    await expect(organizationToActivate(caller(cookie), world.orgB.id)).rejects.toThrow(NotFoundError);
    await expect(organizationToActivate(caller(null), world.orgA.id)).rejects.toThrow(UnauthorizedError);
  });

  it("refuses an organisation requiring single sign-on to a local session, and allows it after SSO", async () => {
    await db.prisma.organization.update({ where: { id: world.orgA.id }, data: { ssoRequired: true } });
    try {
      const local = await sessionCookieFor(db.prisma, world.users.editor.id, "local");
      await expect(organizationToActivate(caller(local), world.orgA.id)).rejects.toThrow(ForbiddenError);
      await expect(organizationToActivate(caller(local), world.orgA.id)).rejects.toThrow(/requires single sign-on/);
      const sso = await sessionCookieFor(db.prisma, world.users.editor.id, "oidc");
      await expect(organizationToActivate(caller(sso), world.orgA.id)).resolves.toEqual({ organizationId: world.orgA.id });
    } finally {
      await db.prisma.organization.update({ where: { id: world.orgA.id }, data: { ssoRequired: false } });
    }
  });
});
