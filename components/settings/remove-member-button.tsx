"use client";

import { UserMinus } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { usePageSession } from "@/components/shell/page-session-context";
import { useRemoveMember } from "@/lib/client/orgs";
import type { MemberView } from "@/lib/domain/api";
import { DisabledReason } from "./disabled-reason";
import { FormError } from "./form-error";

interface Props {
  member: MemberView;
  label: string;
  disabledReason: string | null;
  isSelf: boolean;
}

/** Removes a member after confirmation; the API's refusal (the last owner) stays in the dialog. */
export function RemoveMemberButton({ member, label, disabledReason, isSelf }: Props) {
  const { organization } = usePageSession();
  const remove = useRemoveMember(organization.id);
  const [open, setOpen] = useState(false);
  const confirm = () =>
    remove.mutate(member.id, {
      onSuccess: () => {
        if (isSelf) return window.location.assign("/topologies"); // this organisation is no longer yours
        setOpen(false);
        toast.success(`Removed ${label} from ${organization.name}`);
      },
    });
  return (
    <>
      <DisabledReason reason={disabledReason}>
        <Button size="sm" variant="ghost" disabled={Boolean(disabledReason)} onClick={() => { remove.reset(); setOpen(true); }} aria-label={`Remove ${label}`}>
          <UserMinus size={15} aria-hidden /> {isSelf ? "Leave" : "Remove"}
        </Button>
      </DisabledReason>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={isSelf ? `Leave ${organization.name}?` : `Remove ${label}?`}
        description={
          isSelf
            ? `You lose access to ${organization.name} and its topologies at once. Someone with the right role must invite you to come back.`
            : `${label} loses access to ${organization.name} at once. Topologies and versions they made stay, and the audit log keeps their actions.`
        }
      >
        <div className="flex flex-col gap-3">
          <FormError error={remove.error} prefix="Not removed:" />
          <div className="flex justify-end gap-2">
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button variant="danger" onClick={confirm} disabled={remove.isPending}>
              {remove.isPending ? "Removing…" : isSelf ? "Leave organisation" : "Remove member"}
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
