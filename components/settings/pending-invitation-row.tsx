"use client";

import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Time } from "@/components/ui/time";
import { usePageSession } from "@/components/shell/page-session-context";
import { useRevokeInvitation } from "@/lib/client/orgs";
import type { InvitationView } from "@/lib/domain/api";
import { DisabledReason } from "./disabled-reason";
import { FormError } from "./form-error";
import { outranks } from "@/lib/domain/authz";
import { ScopeSummary } from "./scope-summary";

/** One pending invitation; revoking it makes its link useless at once. */
export function PendingInvitationRow({ invitation }: { invitation: InvitationView }) {
  const { organization, role } = usePageSession();
  const revoke = useRevokeInvitation(organization.id);
  const reason = outranks(invitation.role, role) ? `Your role (${role}) cannot revoke an invitation as ${invitation.role}.` : null;
  return (
    <tr className="align-middle">
      <td className="px-4 py-3 font-medium text-slate-900">{invitation.email}</td>
      <td className="px-4 py-3 text-slate-700">{invitation.role}</td>
      <td className="px-4 py-3"><ScopeSummary scope={invitation.scope} /></td>
      <td className="px-4 py-3 text-slate-600">{invitation.invitedBy ?? "—"}</td>
      <td className="whitespace-nowrap px-4 py-3 text-slate-600"><Time iso={invitation.expiresAt} /></td>
      <td className="px-4 py-3 text-right">
        <DisabledReason reason={reason}>
          <Button
            size="sm"
            variant="ghost"
            disabled={Boolean(reason) || revoke.isPending}
            aria-label={`Revoke the invitation for ${invitation.email}`}
            onClick={() => revoke.mutate(invitation.id, { onSuccess: () => toast.success(`Revoked the invitation for ${invitation.email}`) })}
          >
            {revoke.isPending ? "Revoking…" : "Revoke"}
          </Button>
        </DisabledReason>
        {revoke.isError ? (
          <div className="mt-1 max-w-xs text-left">
            <FormError error={revoke.error} prefix="Not revoked:" />
          </div>
        ) : null}
      </td>
    </tr>
  );
}
