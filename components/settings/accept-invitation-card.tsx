"use client";

import { useState } from "react";
import { switchOrganizationAction } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import { Time } from "@/components/ui/time";
import { ApiError } from "@/lib/client/api";
import { useAcceptInvitation } from "@/lib/client/orgs";
import type { ScopeView } from "@/lib/domain/api";
import { ROLE_DESCRIPTIONS, type Role } from "@/lib/domain/authz";
import { ScopeSummary } from "./scope-summary";
import { SwitchAccountForm } from "./switch-account-form";

interface Props {
  token: string;
  invitation: {
    organization: { id: string; name: string };
    role: Role;
    scope: ScopeView;
    invitedBy: string | null;
    expiresAt: string;
  };
  signedInAs: string | null;
  signOut(formData: FormData): Promise<void>;
}

/** Opens the organisation as the active one (a full load, so every page starts in it). */
async function openOrganization(organizationId: string) {
  await switchOrganizationAction(organizationId);
  window.location.assign("/topologies");
}

/** The invitation addressed to the signed-in user: who, what role, where; accept, or say why not. */
export function AcceptInvitationCard({ token, invitation, signedInAs, signOut }: Props) {
  const accept = useAcceptInvitation();
  const [opening, setOpening] = useState(false);
  const org = invitation.organization;
  const run = () =>
    accept.mutate(token, {
      onSuccess: (result) => {
        setOpening(true);
        void openOrganization(result.organization.id);
      },
    });
  const error = accept.error instanceof ApiError ? accept.error : accept.error ? new ApiError(0, "network", accept.error.message) : null;

  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-lg font-semibold">Join {org.name}</h1>
      <p className="mt-2 text-sm text-slate-700">
        {invitation.invitedBy ?? "An administrator"} invited you ({signedInAs}) to {org.name} as{" "}
        <strong className="font-medium">{invitation.role}</strong>: {ROLE_DESCRIPTIONS[invitation.role].toLowerCase()}.
      </p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-slate-600">Changes allowed in</dt>
        <dd><ScopeSummary scope={invitation.scope} /></dd>
        <dt className="text-slate-600">Link expires</dt>
        <dd className="text-slate-800"><Time iso={invitation.expiresAt} /></dd>
      </dl>

      {accept.isSuccess || opening ? (
        <p role="status" className="mt-5 rounded-md bg-green-50 px-3 py-2 text-sm text-ok">
          You joined {org.name}. Opening it…
        </p>
      ) : error ? (
        <AcceptFailure error={error} organization={org} token={token} signOut={signOut} onRetry={run} />
      ) : (
        <div className="mt-5 flex flex-wrap items-center gap-3">
          <Button variant="primary" onClick={run} disabled={accept.isPending}>
            {accept.isPending ? "Joining…" : `Accept and open ${org.name}`}
          </Button>
          <SwitchAccountForm token={token} signOut={signOut} label="Not you? Switch account" />
        </div>
      )}
    </div>
  );
}

interface FailureProps {
  error: ApiError;
  organization: { id: string; name: string };
  token: string;
  signOut(formData: FormData): Promise<void>;
  onRetry(): void;
}

/** What went wrong, in the terms of what the user can do next. */
function AcceptFailure({ error, organization, token, signOut, onRetry }: FailureProps) {
  const message =
    error.status === 404
      ? "This invitation can no longer be used: it was revoked, has expired or was just accepted. Ask for a new link."
      : error.message;
  return (
    <div className="mt-5 flex flex-col gap-3">
      <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-sev-error">{message}</p>
      <div className="flex flex-wrap items-center gap-3">
        {error.status === 409 ? (
          <Button variant="primary" onClick={() => void openOrganization(organization.id)}>Open {organization.name}</Button>
        ) : error.code === "sso_required" ? (
          <SwitchAccountForm token={token} signOut={signOut} label="Sign in with single sign-on" />
        ) : error.status === 404 ? null : (
          <Button onClick={onRetry}>Try again</Button>
        )}
        <a href="/topologies" className="text-sm text-blue-800 underline-offset-2 hover:underline">Go to Meridian</a>
      </div>
    </div>
  );
}
