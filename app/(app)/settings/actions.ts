"use server";

import { cookies, headers } from "next/headers";
import { SetActiveOrganizationBody } from "@/lib/domain/api";
import { auth } from "@/lib/server/auth";
import { readSession, useSecureCookies } from "@/lib/server/auth/session";
import { getDatabase } from "@/lib/server/db";
import { ACTIVE_ORG_COOKIE } from "@/lib/server/http/actor";
import { membershipIn } from "@/lib/server/orgs/active-membership";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Makes one of the user's organisations the active one (the `meridian-org` cookie, which pages and
 * API calls act in). Refused, with a reason, for an organisation the user is not in or one that
 * requires single sign-on when this session used the local sign-in.
 */
export async function switchOrganizationAction(organizationId: string): Promise<{ ok: true } | { ok: false; error: string }> {
  const input = SetActiveOrganizationBody.safeParse({ organizationId });
  if (!input.success) return { ok: false, error: "That is not an organisation id." };
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return { ok: false, error: "Your session has ended. Sign in again." };
  const { prisma } = await getDatabase();
  const membership = await membershipIn(prisma, userId, input.data.organizationId);
  if (!membership) return { ok: false, error: "You are not a member of that organisation." };
  const claims = await readSession(new Request("http://action.invalid/", { headers: { cookie: (await headers()).get("cookie") ?? "" } }));
  if (membership.organization.ssoRequired && claims?.provider === "local") {
    return { ok: false, error: `${membership.organization.name} requires single sign-on: sign in with your organisation's identity provider to open it.` };
  }
  (await cookies()).set(ACTIVE_ORG_COOKIE, membership.organizationId, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: useSecureCookies() ?? false,
    maxAge: ONE_YEAR_SECONDS,
  });
  return { ok: true };
}
