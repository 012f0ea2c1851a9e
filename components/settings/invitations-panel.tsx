"use client";

import { useState } from "react";
import { useCan, useMissingPermissionReason } from "@/components/shell/page-session-context";
import { InvitationLink } from "./invitation-link";
import { InvitationList } from "./invitation-list";
import { InviteForm } from "./invite-form";
import { ReadOnlyNote } from "./read-only-note";

/** Invite by email (the link is shown once), and the pending invitations with revoke. */
export function InvitationsPanel() {
  const canManage = useCan("invitation.manage");
  const why = useMissingPermissionReason();
  const [created, setCreated] = useState<{ email: string; link: string } | null>(null);
  return (
    <div className="flex flex-col gap-6">
      {canManage ? null : (
        <ReadOnlyNote>
          Only admins and owners can invite people and see invitations, and {why}. Ask one of them to invite your colleague.
        </ReadOnlyNote>
      )}
      {created ? <InvitationLink email={created.email} link={created.link} onDone={() => setCreated(null)} /> : null}
      <InviteForm disabledReason={canManage ? null : `Only admins and owners can invite people, and ${why}.`} onCreated={setCreated} />
      {canManage ? <InvitationList /> : null}
    </div>
  );
}
