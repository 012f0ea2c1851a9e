import { notFound, redirect } from "next/navigation";
import { unstorableCharacter } from "@/lib/domain/api";
import type { PageSession } from "@/lib/domain/api";
import { rulePolicyOf } from "./reviews/review-policy";
import { cache } from "react";
import { permissionsOf, usableWithSession } from "@/lib/domain/authz";
import type { SignedInContext } from "./context";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "./errors";
import { authenticate, resolveMembership } from "./http/actor";
import { currentCaller } from "./http/current-caller";


/** Loaded once per request however many layouts and pages ask (React's request cache). */
const loadPageSession = cache(async (): Promise<PageSession | "signed-out" | "no-membership"> => {
  let resolved;
  try {
    // The same resolution as the API's: a page decides who is calling exactly as its routes will.
    resolved = await resolveMembership(await currentCaller());
  } catch (error) {
    if (error instanceof UnauthorizedError) return "signed-out";
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return "no-membership";
    throw error;
  }
  const { db, user, session, membership, scope, usable } = resolved;
  const all = await db.membership.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "asc" },
    select: { role: true, organization: { select: { id: true, name: true, ssoRequired: true } } },
  });
  return {
    user,
    organization: membership.organization,
    role: membership.role,
    scope,
    // The API refuses a local session in an organisation requiring SSO: it may do nothing there.
    permissions: usable ? permissionsOf(membership.role, scope) : [],
    signInProvider: session.provider,
    organizations: all.map((m) => ({ id: m.organization.id, name: m.organization.name, role: m.role, usable: usableWithSession(m.organization, session.provider) })),
    policy: await rulePolicyOf(db, membership.organizationId),
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
  try {
    const { db, user, session } = await authenticate(await currentCaller());
    return { db, requestId: crypto.randomUUID(), user, session };
  } catch (error) {
    if (error instanceof UnauthorizedError) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
    throw error;
  }
}

/** A page's path parameter as the API would take it: text the database cannot store is a page that does not exist. */
export function pageParam(value: string): string {
  if (unstorableCharacter(value) !== null || value.length > 200) notFound();
  return value;
}
