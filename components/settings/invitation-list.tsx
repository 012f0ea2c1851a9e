"use client";

import { Button } from "@/components/ui/button";
import { Time } from "@/components/ui/time";
import { usePageSession } from "@/components/shell/page-session-context";
import { useInvitations } from "@/lib/client/orgs";
import type { InvitationView } from "@/lib/domain/api";
import { FormError } from "./form-error";
import { PendingInvitationRow } from "./pending-invitation-row";
import { ScopeSummary } from "./scope-summary";

const STATUS_LABEL: Record<InvitationView["status"], string> = {
  pending: "Pending",
  accepted: "Accepted",
  revoked: "Revoked",
  expired: "Expired",
};

/** Pending invitations (revocable), then earlier ones folded away. */
export function InvitationList() {
  const { organization } = usePageSession();
  const invitations = useInvitations(organization.id, true);
  if (invitations.isPending) return <p role="status" className="text-sm text-slate-500">Loading invitations…</p>;
  if (invitations.isError) {
    return (
      <div className="flex flex-col items-start gap-2">
        <FormError error={invitations.error} prefix="Could not load the invitations:" />
        <Button size="sm" onClick={() => void invitations.refetch()}>Retry</Button>
      </div>
    );
  }
  const pending = invitations.data.invitations.filter((i) => i.status === "pending");
  const earlier = invitations.data.invitations.filter((i) => i.status !== "pending");
  return (
    <section aria-labelledby="pending-heading" className="flex flex-col gap-3">
      <h2 id="pending-heading" className="text-base font-semibold">Pending invitations</h2>
      {pending.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
          No pending invitations. Invitations you create appear here until they are accepted, revoked or expire.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" aria-labelledby="pending-heading">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">Email</th>
                <th scope="col" className="px-4 py-2 font-medium">Role</th>
                <th scope="col" className="px-4 py-2 font-medium">Region scope</th>
                <th scope="col" className="px-4 py-2 font-medium">Invited by</th>
                <th scope="col" className="px-4 py-2 font-medium">Expires</th>
                <th scope="col" className="px-4 py-2 font-medium"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {pending.map((invitation) => (
                <PendingInvitationRow key={invitation.id} invitation={invitation} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {earlier.length ? (
        <details className="rounded-lg border border-slate-200 bg-white">
          <summary className="cursor-pointer px-4 py-2 text-sm text-slate-700">Earlier invitations ({earlier.length})</summary>
          <ul className="divide-y divide-slate-200 border-t border-slate-200" aria-label="Earlier invitations">
            {earlier.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 text-sm">
                <span className="min-w-48 flex-1 text-slate-900">{i.email}</span>
                <span className="text-slate-600">{i.role}</span>
                <ScopeSummary scope={i.scope} />
                <span className="w-20 text-slate-700">{STATUS_LABEL[i.status]}</span>
                <span className="text-slate-600"><Time iso={i.createdAt} /></span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
