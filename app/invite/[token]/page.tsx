import type { Metadata } from "next";
import { AcceptInvitationCard } from "@/components/settings/accept-invitation-card";
import { InvitationUnavailable } from "@/components/settings/invitation-unavailable";
import { Providers } from "@/components/shell/providers";
import { AcceptInvitationBody } from "@/lib/domain/api";
import { NotFoundError } from "@/lib/server/errors";
import { previewInvitation } from "@/lib/server/orgs/invitations";
import { pageParam, requireSignedInPage } from "@/lib/server/pages";
import { signOutToInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

/**
 * An invitation link. Signing in comes first (and returns here); then the invitation addressed to the
 * signed-in email is shown to accept. Anything else (unknown, used, revoked, expired, someone else's)
 * looks the same, so a link reveals nothing.
 */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const token = pageParam((await params).token);
  const me = await requireSignedInPage(`/invite/${encodeURIComponent(token)}`);
  const preview = AcceptInvitationBody.safeParse({ token }).success ? await previewOrNull(me, token) : null;
  return (
    <Providers>
      <main className="flex min-h-screen items-center justify-center px-4">
        <div className="w-full max-w-md">
          <p className="mb-6 flex items-center justify-center gap-2 text-lg font-semibold tracking-tight text-slate-900">
            <span aria-hidden className="inline-block h-5 w-5 rounded-full border-2 border-blue-700 bg-[conic-gradient(#0a66c2_0_33%,#c25e00_0_66%,#188038_0)]" />
            Meridian
          </p>
          {preview ? (
            <AcceptInvitationCard token={token} invitation={preview} signedInAs={me.user.email} signOut={signOutToInvitationAction} />
          ) : (
            <InvitationUnavailable token={token} signedInAs={me.user.email} signOut={signOutToInvitationAction} />
          )}
        </div>
      </main>
    </Providers>
  );
}

async function previewOrNull(me: Awaited<ReturnType<typeof requireSignedInPage>>, token: string) {
  try {
    return await previewInvitation(me, token);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
