import { redirect } from "next/navigation";
import { cookies } from "next/headers";
import { auth } from "./auth";
import { getDatabase } from "./db";
import { ACTIVE_ORG_COOKIE } from "./http/route";
import { activeMembership } from "./orgs/active-membership";

/**
 * For server-rendered pages: the signed-in user and their active organisation, or a redirect to
 * sign-in. Pages fetch their data through the API, which checks again on every request.
 */
export async function requirePageSession(returnTo: string) {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  const { prisma } = await getDatabase();
  const requested = (await cookies()).get(ACTIVE_ORG_COOKIE)?.value;
  const membership = await activeMembership(prisma, userId, requested);
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true } });
  if (!user || !membership) redirect("/signin?error=NoMembership");
  return {
    user,
    organization: membership.organization,
    role: membership.role,
  };
}
