import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupRoleConfig } from "../auth/group-roles";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { provisionSsoUser, ssoRequiredForEmail, type SsoIdentity } from "./sso-provision";

const config = groupRoleConfig({
  MERIDIAN_SSO_ORG: "acme",
  MERIDIAN_GROUP_ROLE_MAP: "acme-readers=viewer, acme-admins=admin, emea-editors=emea:editor",
} as Record<string, string> as NodeJS.ProcessEnv);

describe.each(DATABASE_KINDS)("SSO provisioning on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.destroy());

  const identity = (groups: string[], subject = "sub-ada"): SsoIdentity => ({ provider: "okta", subject, email: "Ada@Acme.example", name: "Ada", groups });
  const sync = (groups: string[], subject?: string) => provisionSsoUser(db.prisma, identity(groups, subject), config, randomUUID());
  const rolesOfAda = async () =>
    Object.fromEntries(
      (await db.prisma.membership.findMany({ where: { user: { email: "ada@acme.example" } }, include: { organization: true } })).map((m) => [m.organization.slug, m.role]),
    );

  it("refuses a user no group maps and no invitation waits for, writing nothing", async () => {
    expect(await provisionSsoUser(db.prisma, identity(["strangers"], "sub-nobody"), config, randomUUID())).toEqual({ ok: false, reason: "NoMembership" });
    expect(await db.prisma.user.count()).toBe(0);
    expect(await provisionSsoUser(db.prisma, { ...identity([]), email: null }, config, randomUUID())).toEqual({ ok: false, reason: "NoEmail" });
  });

  it("creates memberships from groups, auditing in each organisation only the groups that concern it", async () => {
    expect(await sync(["acme-readers", "emea-editors", "unrelated"])).toMatchObject({ ok: true });
    expect(await rolesOfAda()).toEqual({ acme: "viewer", emea: "editor" });
    const created = await db.prisma.auditEvent.findMany({ where: { action: "membership.create" }, include: { organization: true } });
    const groupsBySlug = Object.fromEntries(created.map((e) => [e.organization.slug, (e.data as { groups: string[] }).groups]));
    expect(groupsBySlug).toEqual({ acme: ["acme-readers"], emea: ["emea-editors"] });
  });

  it("follows group changes: role updated, membership removed, both audited", async () => {
    await sync(["acme-admins"]);
    expect(await rolesOfAda()).toEqual({ acme: "admin" });
    const actions = (await db.prisma.auditEvent.findMany({ where: { action: { in: ["membership.update", "membership.remove"] } } })).map((e) => e.action);
    expect(actions.sort()).toEqual(["membership.remove", "membership.update"]);
  });

  it("leaves memberships made by invitation or by hand alone", async () => {
    const other = await db.prisma.organization.create({ data: { name: "Other", slug: "other" } });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "ada@acme.example" } });
    await db.prisma.membership.create({ data: { userId: user.id, organizationId: other.id, role: "editor", source: "invitation" } });
    await sync(["acme-admins"]);
    expect(await rolesOfAda()).toEqual({ acme: "admin", other: "editor" });
  });

  it("refuses local sign-in for a domain an organisation requiring SSO claims", async () => {
    await db.prisma.organization.update({ where: { slug: "acme" }, data: { ssoDomain: "acme.example", ssoRequired: true } });
    expect(await ssoRequiredForEmail(db.prisma, "Ada@ACME.example")).toEqual({ organization: "acme" });
    expect(await ssoRequiredForEmail(db.prisma, "someone@elsewhere.example")).toBeNull();
    // Someone who is not a member is not locked out by a domain another organisation typed in.
    expect(await ssoRequiredForEmail(db.prisma, "stranger@acme.example")).toBeNull();
  });

  it("links a new identity to an existing user by email only when the IdP vouches for the email", async () => {
    const existing = await db.prisma.user.create({ data: { email: "grace@acme.example", name: "Grace" } });
    const home = await db.prisma.organization.create({ data: { name: "Grace's", slug: "graces" } });
    await db.prisma.membership.create({ data: { userId: existing.id, organizationId: home.id, role: "owner", source: "owner" } });
    const grace = (subject: string, extra: Partial<SsoIdentity> = {}): SsoIdentity => ({
      provider: "okta", subject, email: "grace@acme.example", name: "Grace", groups: ["acme-readers"], ...extra,
    });
    expect(await provisionSsoUser(db.prisma, grace("sub-g1", { emailVerified: false }), config, randomUUID())).toEqual({ ok: false, reason: "EmailNotVerified" });
    expect(await provisionSsoUser(db.prisma, grace("sub-g1"), config, randomUUID())).toEqual({ ok: false, reason: "EmailNotVerified" });
    expect(await db.prisma.account.count({ where: { providerAccountId: "sub-g1" } })).toBe(0);
    expect(await provisionSsoUser(db.prisma, grace("sub-g1", { emailVerified: true }), config, randomUUID())).toMatchObject({ ok: true });
    // The join is recorded in the organisation the existing user belonged to.
    const linked = await db.prisma.auditEvent.findMany({ where: { organizationId: home.id, action: "user.link_identity" } });
    expect(linked.map((e) => e.data)).toEqual([{ provider: "okta", subject: "sub-g1", email: "grace@acme.example" }]);
    // A second subject at the same IdP claiming the same address is refused, not merged.
    expect(await provisionSsoUser(db.prisma, grace("sub-g2", { emailVerified: true }), config, randomUUID())).toEqual({ ok: false, reason: "AccountConflict" });
    expect(await provisionSsoUser(db.prisma, grace("sub-g1"), config, randomUUID())).toMatchObject({ ok: true });
  });
});
