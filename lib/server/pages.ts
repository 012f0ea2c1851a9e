import { redirect } from "next/navigation";
import type { OrgPolicy } from "@/lib/domain/rules";
import { rulePolicyOf } from "./reviews/review-policy";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { auth } from "./auth";
import { readSession, type SessionClaims } from "./auth/session";
import { permissionsOf, type MembershipScope, type Permission } from "./authz/permissions";
import type { SignedInContext } from "./context";
import { getDatabase } from "./db";
import { ACTIVE_ORG_COOKIE } from "./http/actor";
import { activeMembership } from "./orgs/active-membership";

export interface PageSession {
  user: { id: string; name: string | null; email: string | null };
  organization: { id: string; name: string; slug: string; ssoRequired: boolean };
  role: import("@prisma/client").Role;
  scope: MembershipScope;
  /** What this membership may do: the UI disables what the API would refuse. */
  permissions: Permission[];
  /** How this session signed in ("local", "okta", ...). */
  signInProvider: string;
  /**
   * Every organisation the user belongs to, for the switcher. `usable` is false where the
   * organisation requires single sign-on and this session did not use it (the API refuses it all).
   */
  organizations: { id: string; name: string; role: string; usable: boolean }[];
  /** The organisation's policy as the rule engine reads it, so the designer validates as saves do. */
  policy: OrgPolicy;
}

/** The Meridian claims of the request's session cookie (provider, session version), read as the API reads them. */
async function sessionClaims(): Promise<SessionClaims | null> {
  const cookie = (await headers()).get("cookie") ?? "";
  return readSession(new Request("http://page.invalid/", { headers: { cookie } }));
}

/** Loaded once per request however many layouts and pages ask (React's request cache). */
const loadPageSession = cache(async (): Promise<PageSession | "signed-out" | "no-membership"> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return "signed-out";
  const claims = await sessionClaims();
  const provider = claims?.provider ?? "unknown";
  const { prisma } = await getDatabase();
  const requested = (await cookies()).get(ACTIVE_ORG_COOKIE)?.value;
  const membership = await activeMembership(prisma, userId, requested, provider);
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true } });
  if (!user || !membership) return "no-membership";
  const all = await prisma.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, organization: { select: { id: true, name: true, ssoRequired: true } } },
  });
  const usable = (org: { ssoRequired: boolean }) => !(org.ssoRequired && provider === "local");
  const scope = { providers: membership.scopeProviders, regions: membership.scopeRegions };
  return {
    user,
    organization: membership.organization,
    role: membership.role,
    scope,
    // The route wrapper refuses a local session in an organisation requiring SSO: it may do nothing there.
    permissions: usable(membership.organization) ? permissionsOf(membership.role, scope) : [],
    signInProvider: provider,
    organizations: all.map((m) => ({ id: m.organization.id, name: m.organization.name, role: m.role, usable: usable(m.organization) })),
    policy: await rulePolicyOf(prisma, membership.organizationId),
  };
});

/**
 * For server-rendered pages: the signed-in user and their active organisation, or a redirect to
 * sign-in. Pages fetch their data through the API, which checks again on every request.
 */
export async function requirePageSession(returnTo: string): Promise<PageSession> {
  const loaded = await loadPageSession();
  if (loaded === "signed-out") redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (loaded === "no-membership") redirect("/signin?error=NoMembership");
  return loaded;
}

/**
 * For pages about the signed-in user themselves, which must work without any membership (accepting
 * an invitation): the caller as the `withSignedIn` routes see them, or a redirect to sign-in.
 */
export async function requireSignedInPage(returnTo: string): Promise<SignedInContext> {
  const session = await auth();
  const claims = await sessionClaims();
  const userId = session?.user?.id;
  if (!userId || !claims || claims.userId !== userId) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  const { prisma } = await getDatabase();
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true } });
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return { db: prisma, requestId: crypto.randomUUID(), user, session: claims };
}
