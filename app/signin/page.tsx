import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { auth } from "@/lib/server/auth";
import { localPasswordRequired, localSignInEnabled, localUser } from "@/lib/server/auth/local";
import { ssoProviderSummaries } from "@/lib/server/auth/providers";
import { localSignInAction, ssoSignInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  CredentialsSignin: "That password is not right. Try again.",
  Configuration: "Sign-in is not configured correctly on this server. Check the server log.",
  NoMembership: "Your account does not belong to any organisation. Ask an administrator to invite you.",
  NoEmail: "Your identity provider did not share your email address, which Meridian needs. Ask your administrator to release the email claim.",
  EmailNotVerified: "Your identity provider has not verified your email address, so it cannot be linked to your existing Meridian account.",
  AccountConflict: "Another identity at this provider already signs in as this email address. Ask an administrator to check your account.",
  rate_limited: "Too many failed sign-in attempts. Wait a few minutes, then try again.",
  sso_required: "Your organisation requires single sign-on: use its sign-in button instead of the local sign-in.",
};

type SearchParams = Promise<{ callbackUrl?: string; error?: string; signedOut?: string }>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl = "/topologies", error, signedOut } = await searchParams;
  const session = await auth();
  if (session?.user?.id && !error) redirect(callbackUrl.startsWith("/") ? callbackUrl : "/topologies");
  const local = localSignInEnabled();
  const needsPassword = localPasswordRequired();
  const sso = ssoProviderSummaries();
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <h1 className="text-2xl font-semibold tracking-tight">Sign in to Meridian</h1>
          <p className="mt-1 text-sm text-slate-600">Design, validate and export permissioned Ethereum networks.</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          {signedOut ? (
            <p role="status" className="mb-4 rounded bg-slate-100 px-3 py-2 text-sm text-slate-700">You have signed out.</p>
          ) : null}
          {error && ERRORS[error] ? (
            <p role="alert" className="mb-4 rounded bg-red-50 px-3 py-2 text-sm text-sev-error">{ERRORS[error]}</p>
          ) : null}
          {sso.length ? (
            <div className="mb-4 flex flex-col gap-2">
              {sso.map((provider) => (
                <form key={provider.id} action={ssoSignInAction}>
                  <input type="hidden" name="provider" value={provider.id} />
                  <input type="hidden" name="callbackUrl" value={callbackUrl} />
                  <button type="submit" className="h-10 w-full rounded-md border border-slate-300 bg-white text-sm font-medium text-slate-800 hover:bg-slate-50">
                    Sign in with {provider.name}
                  </button>
                </form>
              ))}
            </div>
          ) : null}
          {local ? (
            <form action={localSignInAction} className="flex flex-col gap-4">
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <div className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                <strong className="font-semibold">Local mode.</strong> A single local user ({localUser().email}) on this
                machine. For a team, configure Microsoft Entra ID or Okta sign-in.
              </div>
              {needsPassword ? (
                <div className="flex flex-col gap-1">
                  <label htmlFor="password" className="text-sm font-medium text-slate-700">Local password</label>
                  <input id="password" name="password" type="password" required autoComplete="current-password"
                    className="h-9 rounded-md border border-slate-300 px-3 text-sm" />
                </div>
              ) : null}
              <button type="submit" className="h-10 rounded-md bg-blue-700 text-sm font-medium text-white hover:bg-blue-800">
                Continue as local user
              </button>
            </form>
          ) : sso.length ? null : (
            <p className="text-sm text-slate-600">No sign-in method is configured. See the README&apos;s configuration section.</p>
          )}
        </div>
      </div>
    </main>
  );
}
