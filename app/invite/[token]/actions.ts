"use server";

import { signOut } from "@/lib/server/auth";

/** Signs out and comes back to the same invitation after the next sign-in (another account, or SSO). */
export async function signOutToInvitationAction(formData: FormData) {
  const token = String(formData.get("token") ?? "");
  const back = `/invite/${encodeURIComponent(token)}`;
  await signOut({ redirectTo: `/signin?callbackUrl=${encodeURIComponent(back)}` });
}
