import type { MeView } from "@/lib/domain/api";
import { permissionsOf, usableWithSession, readStoredScope } from "@/lib/domain/authz";
import type { SignedInContext } from "../context";
import { activeMembership } from "./active-membership";
import { organizationView } from "./views";

/**
 * The signed-in user's organisations, with their role, scope and permissions in each, and the one
 * requests act in by default (`requested` is the X-Meridian-Org header or meridian-org cookie).
 */
export async function myOrganizations(ctx: SignedInContext, requested?: string): Promise<MeView> {
  const memberships = await ctx.db.membership.findMany({
    where: { userId: ctx.user.id },
    orderBy: { createdAt: "asc" },
    include: { organization: true },
  });
  const active = await activeMembership(ctx.db, ctx.user.id, requested, ctx.session.provider);
  return {
    user: ctx.user,
    signInProvider: ctx.session.provider,
    activeOrganizationId: active?.organizationId ?? null,
    organizations: memberships.map((m) => {
      const scope = readStoredScope(m.scopeProviders, m.scopeRegions);
      // The route wrapper refuses a local session in an organisation requiring SSO: it may do nothing there.
      const blocked = !usableWithSession(m.organization, ctx.session.provider);
      return { ...organizationView(m.organization), role: m.role, scope, permissions: blocked ? [] : permissionsOf(m.role, scope) };
    }),
  };
}
