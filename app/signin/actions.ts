"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/server/auth";
import { ssoProviderSummaries } from "@/lib/server/auth/providers";

function safeReturnPath(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  // Only same-site paths: never bounce a user to another origin after sign-in.
  return path.startsWith("/") && !path.startsWith("//") ? path : "/topologies";
}

export async function localSignInAction(formData: FormData) {
  const redirectTo = safeReturnPath(formData.get("callbackUrl"));
  try {
    await signIn("local", { password: formData.get("password") ?? "", redirectTo });
  } catch (error) {
    if (error instanceof AuthError) {
      // A refused local sign-in carries its reason as a code (rate_limited, sso_required).
      const code = error instanceof CredentialsSignin && error.code !== "credentials" ? error.code : error.type === "CredentialsSignin" ? "CredentialsSignin" : "Configuration";
      redirect(`/signin?error=${encodeURIComponent(code)}&callbackUrl=${encodeURIComponent(redirectTo)}`);
    }
    throw error; // Next's redirect is an exception too: let it through.
  }
}

/** Starts the authorisation-code flow (PKCE, state) with one of the configured identity providers. */
export async function ssoSignInAction(formData: FormData) {
  const provider = formData.get("provider");
  if (typeof provider !== "string" || !ssoProviderSummaries().some((p) => p.id === provider)) {
    redirect("/signin?error=Configuration");
  }
  await signIn(provider, { redirectTo: safeReturnPath(formData.get("callbackUrl")) });
}

export async function signOutAction() {
  await signOut({ redirectTo: "/signin?signedOut=1" });
}
