import { describe, expect, it } from "vitest";
import { GET as myOrganizationsRoute } from "@/app/api/me/organizations/route";
import { POST as signOutEverywhereRoute } from "@/app/api/me/sign-out-everywhere/route";
import { GET as organizationRoute } from "@/app/api/orgs/[orgId]/route";
import { GET as topologiesRoute } from "@/app/api/topologies/route";
import type { AccessWorld } from "../testing/access-world";
import { DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { callRoute, sessionCookieFor } from "../testing/sessions";
import type { MeView } from "@/lib/domain/api";
import { serveAccessWorld } from "../testing/served-world";

describe.each(DATABASE_KINDS)("the signed-in user's routes on %s", (kind) => {
  let db: TestDatabase;
  let world: AccessWorld;

  serveAccessWorld(kind, (served, seeded) => {
    db = served;
    world = seeded;
  });

  const me = async (userId: string, provider = "oidc") => {
    const response = await callRoute(myOrganizationsRoute, { method: "GET", route: "/api/me/organizations", headers: { cookie: await sessionCookieFor(db.prisma, userId, provider) } });
    return (await response.json()) as MeView;
  };

  it("lists the user's organisations with role, scope and permissions", async () => {
    const view = await me(world.users.regionEditor.id);
    expect(view.activeOrganizationId).toBe(world.orgA.id);
    expect(view.organizations).toHaveLength(1);
    expect(view.organizations[0]).toMatchObject({ id: world.orgA.id, role: "editor", scope: { regions: ["azure:westeurope"] } });
    expect(view.organizations[0]!.permissions).toContain("topology.edit");
    expect(view.organizations[0]!.permissions).not.toContain("topology.create");
  });

  it("shows a local session no permissions in an organisation requiring SSO", async () => {
    await db.prisma.organization.update({ where: { id: world.orgB.id }, data: { ssoRequired: true } });
    expect((await me(world.users.otherOrg.id, "local")).organizations[0]!.permissions).toEqual([]);
    expect((await me(world.users.otherOrg.id, "oidc")).organizations[0]!.permissions).toContain("member.manage");
  });

  it("refuses a local session in an organisation requiring SSO, with a code the UI can act on", async () => {
    const get = async (provider: string) =>
      callRoute(organizationRoute, {
        method: "GET",
        route: "/api/orgs/[orgId]",
        params: { orgId: world.orgB.id },
        headers: { cookie: await sessionCookieFor(db.prisma, world.users.otherOrg.id, provider) },
      });
    await db.prisma.organization.update({ where: { id: world.orgB.id }, data: { ssoRequired: true } });
    const refused = await get("local");
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("sso_required");
    expect((await get("okta")).status).toBe(200);
  });

  it("signs out everywhere: older sessions get 401, the event is in each of the user's organisations", async () => {
    const editor = world.users.editor.id;
    await db.prisma.membership.create({ data: { userId: editor, organizationId: world.orgB.id, role: "viewer" } });
    const oldCookie = await sessionCookieFor(db.prisma, editor);
    const list = (cookie: string) => callRoute(topologiesRoute, { method: "GET", route: "/api/topologies", headers: { cookie } });
    expect((await list(oldCookie)).status).toBe(200);

    const response = await callRoute(signOutEverywhereRoute, { method: "POST", route: "/api/me/sign-out-everywhere", headers: { cookie: oldCookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toContain("authjs.session-token=;");
    expect((await list(oldCookie)).status).toBe(401);
    expect((await list(await sessionCookieFor(db.prisma, editor))).status).toBe(200);

    const events = await db.prisma.auditEvent.findMany({ where: { action: "user.sign_out_everywhere", targetId: editor } });
    expect(events.map((e) => e.organizationId).sort()).toEqual([world.orgA.id, world.orgB.id].sort());
  });
});
