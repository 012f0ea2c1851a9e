"use client";

import * as Popover from "@radix-ui/react-popover";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { usePageSession } from "@/components/shell/page-session-context";
import { useUpdateMember } from "@/lib/client/orgs";
import { UpdateMemberBody, type MemberView, type ScopeView } from "@/lib/domain/api";
import { DisabledReason } from "./disabled-reason";
import { FormError } from "./form-error";
import { ScopeEditor } from "./scope-editor";

interface Props {
  member: MemberView;
  label: string;
  disabledReason: string | null;
}

/** Edits a member's region scope in a popover; a refused save keeps the draft open with the reason. */
export function MemberScopeEditor({ member, label, disabledReason }: Props) {
  const { organization } = usePageSession();
  const update = useUpdateMember(organization.id);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<ScopeView>(member.scope);
  const [invalid, setInvalid] = useState<string | null>(null);

  const openChange = (next: boolean) => {
    if (next) {
      setDraft(member.scope);
      setInvalid(null);
      update.reset();
    }
    setOpen(next);
  };
  const save = () => {
    const body = UpdateMemberBody.safeParse({ scope: draft });
    if (!body.success) return setInvalid(body.error.issues[0]?.message ?? "This scope is not valid.");
    setInvalid(null);
    update.mutate(
      { memberId: member.id, body: body.data },
      {
        onSuccess: () => {
          setOpen(false);
          toast.success(`Changed the region scope of ${label}`);
        },
      },
    );
  };

  return (
    <Popover.Root open={open} onOpenChange={openChange}>
      <DisabledReason reason={disabledReason}>
        <Popover.Trigger
          disabled={Boolean(disabledReason)}
          aria-label={`Edit region scope of ${label}`}
          className="rounded-md px-1.5 py-0.5 text-sm text-blue-800 underline-offset-2 hover:underline disabled:text-slate-500 disabled:no-underline"
        >
          Edit scope
        </Popover.Trigger>
      </DisabledReason>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={6}
          collisionPadding={12}
          aria-label={`Region scope of ${label}`}
          className="z-50 flex w-96 flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-xl"
        >
          <h3 className="text-sm font-semibold">Region scope of {label}</h3>
          <ScopeEditor value={draft} onChange={setDraft} disabled={update.isPending} />
          <FormError error={invalid ?? update.error} prefix="Not saved:" />
          <div className="flex justify-end gap-2">
            <Popover.Close asChild>
              <Button size="sm">Cancel</Button>
            </Popover.Close>
            <Button size="sm" variant="primary" onClick={save} disabled={update.isPending}>
              {update.isPending ? "Saving…" : "Save scope"}
            </Button>
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
