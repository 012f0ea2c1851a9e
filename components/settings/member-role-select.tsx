"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { usePageSession } from "@/components/shell/page-session-context";
import { useUpdateMember } from "@/lib/client/orgs";
import { type MemberView } from "@/lib/domain/api";
import { ROLE_DESCRIPTIONS, ROLES, type Role } from "@/lib/domain/authz";
import { DisabledReason } from "./disabled-reason";
import { FormError } from "./form-error";
import { outranks, ROLE_LABELS } from "@/lib/domain/authz";

interface Props {
  member: MemberView;
  label: string;
  actorRole: Role;
  disabledReason: string | null;
  isSelf: boolean;
}

/** Changes a member's role at once; the API's refusals (the last owner, a scoped admin) show beneath. */
export function MemberRoleSelect({ member, label, actorRole, disabledReason, isSelf }: Props) {
  const router = useRouter();
  const { organization } = usePageSession();
  const update = useUpdateMember(organization.id);
  const errorId = `role-error-${member.id}`;
  const change = (role: Role) =>
    update.mutate(
      { memberId: member.id, body: { role } },
      {
        onSuccess: () => {
          toast.success(`${label} is now ${role}`);
          if (isSelf) router.refresh(); // your own permissions changed
        },
      },
    );
  return (
    <div className="flex flex-col gap-1">
      <DisabledReason reason={disabledReason}>
        <select
          aria-label={`Role of ${label}`}
          value={update.isPending ? update.variables.body.role : member.role}
          disabled={Boolean(disabledReason) || update.isPending}
          aria-invalid={update.isError || undefined}
          aria-describedby={update.isError ? errorId : undefined}
          onChange={(e) => change(e.target.value as Role)}
          className="h-8 w-32 rounded-md border border-slate-300 bg-white px-2 text-sm disabled:bg-slate-50 disabled:text-slate-600"
        >
          {ROLES.map((role) => (
            <option key={role} value={role} disabled={outranks(role, actorRole)} title={ROLE_DESCRIPTIONS[role]}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </DisabledReason>
      {update.isError ? (
        <div className="max-w-xs">
          <FormError id={errorId} error={update.error} />
        </div>
      ) : null}
    </div>
  );
}
