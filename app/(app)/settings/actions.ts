"use server";

import { cookies } from "next/headers";
import { SetActiveOrganizationBody } from "@/lib/domain/api";
import { useSecureCookies } from "@/lib/server/auth/session";
import { AppError, NotFoundError, UnauthorizedError } from "@/lib/server/errors";
import { ACTIVE_ORG_COOKIE } from "@/lib/server/http/caller";
import { currentCaller } from "@/lib/server/http/current-caller";
import { organizationToActivate } from "@/lib/server/orgs/switch-organization";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Makes one of the user's organisations the active one (the `meridian-org` cookie, which pages and API
 * calls act in), deciding who may exactly as the API does. Refusals come back as a sentence to show.
 */
export async function switchOrganizationAction(organizationId: string): Promise<{ ok: true } | { ok: false; error: string }> {
  const input = SetActiveOrganizationBody.safeParse({ organizationId });
  if (!input.success) return { ok: false, error: "That is not an organisation id." };
  try {
    const chosen = await organizationToActivate(await currentCaller(), input.data.organizationId);
    (await cookies()).set(ACTIVE_ORG_COOKIE, chosen.organizationId, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: useSecureCookies() ?? false,
      maxAge: ONE_YEAR_SECONDS,
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof UnauthorizedError) return { ok: false, error: "Your session has ended. Sign in again." };
    if (error instanceof NotFoundError) return { ok: false, error: "You are not a member of that organisation." };
    if (error instanceof AppError) return { ok: false, error: error.message };
    throw error;
  }
}
