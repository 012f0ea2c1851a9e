"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/server/auth";

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
      redirect(`/signin?error=${error.type === "CredentialsSignin" ? "CredentialsSignin" : "Configuration"}&callbackUrl=${encodeURIComponent(redirectTo)}`);
    }
    throw error; // Next's redirect is an exception too: let it through.
  }
}

export async function signOutAction() {
  await signOut({ redirectTo: "/signin?signedOut=1" });
}
