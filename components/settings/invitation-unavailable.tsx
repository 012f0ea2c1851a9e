import { SwitchAccountForm } from "./switch-account-form";

interface Props {
  token: string;
  signedInAs: string | null;
  signOut(formData: FormData): Promise<void>;
}

/** Said the same way whatever the reason, so an invitation link reveals nothing to the wrong person. */
export function InvitationUnavailable({ token, signedInAs, signOut }: Props) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-lg font-semibold">This invitation cannot be used</h1>
      <p className="mt-2 text-sm text-slate-700">
        It has expired, been revoked or already been accepted, or it was sent to another email address
        {signedInAs ? <> than the one you are signed in with (<strong className="font-medium">{signedInAs}</strong>)</> : null}.
      </p>
      <p className="mt-2 text-sm text-slate-700">
        If it was meant for you under another address, sign in with that one. Otherwise ask whoever invited you for a new link.
      </p>
      <div className="mt-5 flex flex-wrap items-center gap-3">
        <SwitchAccountForm token={token} signOut={signOut} />
        <a href="/topologies" className="text-sm text-blue-800 underline-offset-2 hover:underline">Go to Meridian</a>
      </div>
    </div>
  );
}
