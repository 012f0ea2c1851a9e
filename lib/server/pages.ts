import { redirect } from "next/navigation";
import { cookies } from "next/headers";
import { auth } from "./auth";
import { permissionsOf, type MembershipScope, type Permission } from "./authz/permissions";
import { getDatabase } from "./db";
import { ACTIVE_ORG_COOKIE } from "./http/route";
import { activeMembership } from "./orgs/active-membership";

export interface PageSession {
  user: { id: string; name: string | null; email: string | null };
  organization: { id: string; name: string; slug: string; ssoRequired: boolean };
  role: import("@prisma/client").Role;
  scope: MembershipScope;
  /** What this membership may do: the UI disables what the API would refuse. */
  permissions: Permission[];
  /** Every organisation the user belongs to, for the switcher. */
  organizations: { id: string; name: string; role: string }[];
}

/**
 * For server-rendered pages: the signed-in user and their active organisation, or a redirect to
 * sign-in. Pages fetch their data through the API, which checks again on every request.
 */
export async function requirePageSession(returnTo: string): Promise<PageSession> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  const { prisma } = await getDatabase();
  const requested = (await cookies()).get(ACTIVE_ORG_COOKIE)?.value;
  const membership = await activeMembership(prisma, userId, requested);
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true } });
  if (!user || !membership) redirect("/signin?error=NoMembership");
  const all = await prisma.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, organization: { select: { id: true, name: true } } },
  });
  const scope = { providers: membership.scopeProviders, regions: membership.scopeRegions };
  return {
    user,
    organization: membership.organization,
    role: membership.role,
    scope,
    permissions: permissionsOf(membership.role, scope),
    organizations: all.map((m) => ({ id: m.organization.id, name: m.organization.name, role: m.role })),
  };
}
