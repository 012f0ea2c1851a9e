"use client";

import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { useCan, useMissingPermissionReason, usePageSession } from "@/components/shell/page-session-context";
import { useMembers } from "@/lib/client/orgs";
import { FormError } from "./form-error";
import { MemberRow } from "./member-row";
import { ReadOnlyNote } from "./read-only-note";

/** Everyone in the organisation, with their role and region scope, changeable by admins and owners. */
export function MembersPanel() {
  const { organization, role, user } = usePageSession();
  const canManage = useCan("member.manage");
  const why = useMissingPermissionReason();
  const members = useMembers(organization.id);

  if (members.isPending) return <p role="status" className="py-8 text-sm text-slate-500">Loading members…</p>;
  if (members.isError) {
    return (
      <div className="flex flex-col items-start gap-2">
        <FormError error={members.error} prefix="Could not load the members:" />
        <Button size="sm" onClick={() => void members.refetch()}>Retry</Button>
      </div>
    );
  }
  const list = members.data.members;
  return (
    <div>
      {canManage ? null : <ReadOnlyNote className="mb-4">Only admins and owners can change roles, scopes and members, and {why}.</ReadOnlyNote>}
      {list.length === 0 ? (
        <EmptyState title="No members" body="Nobody belongs to this organisation yet. Invite someone from the Invitations tab." />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Members of {organization.name}</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">Member</th>
                <th scope="col" className="px-4 py-2 font-medium">Role</th>
                <th scope="col" className="px-4 py-2 font-medium">Region scope</th>
                <th scope="col" className="px-4 py-2 font-medium">Joined</th>
                <th scope="col" className="px-4 py-2 font-medium"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {list.map((member) => (
                <MemberRow key={member.id} member={member} actor={{ role, canManage, why }} isSelf={member.userId === user.id} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="mt-3 text-xs text-slate-600">
        {list.length} member{list.length === 1 ? "" : "s"}. A region-scoped member sees every topology and changes only
        node groups, links and regions inside their scope.
      </p>
    </div>
  );
}
