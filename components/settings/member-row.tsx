"use client";

import { Time } from "@/components/ui/time";
import type { MemberView } from "@/lib/domain/api";
import type { Role } from "@/lib/domain/authz";
import { memberAccess } from "./member-access";
import { MemberRoleSelect } from "./member-role-select";
import { MemberScopeEditor } from "./member-scope-editor";
import { RemoveMemberButton } from "./remove-member-button";
import { ScopeSummary } from "./scope-summary";

interface Props {
  member: MemberView;
  actor: { role: Role; canManage: boolean; why: string };
  isSelf: boolean;
}

export function MemberRow({ member, actor, isSelf }: Props) {
  const access = memberAccess(member, actor);
  const label = member.name ?? member.email ?? "this member";
  return (
    <tr className="align-top">
      <td className="px-4 py-3">
        <div className="font-medium text-slate-900">
          {member.name ?? member.email ?? member.userId}
          {isSelf ? <span className="ml-2 rounded bg-blue-50 px-1.5 py-0.5 text-xs font-medium text-blue-900">you</span> : null}
        </div>
        {member.name && member.email ? <div className="text-slate-600">{member.email}</div> : null}
        {member.source === "sso" ? <div className="text-xs text-slate-500">Role from identity provider groups</div> : null}
      </td>
      <td className="px-4 py-3">
        <MemberRoleSelect member={member} label={label} actorRole={actor.role} disabledReason={access.role} isSelf={isSelf} />
      </td>
      <td className="px-4 py-3">
        <div className="flex flex-col items-start gap-1.5">
          <ScopeSummary scope={member.scope} />
          <MemberScopeEditor member={member} label={label} disabledReason={access.scope} />
        </div>
      </td>
      <td className="whitespace-nowrap px-4 py-3 text-slate-600">
        <Time iso={member.joinedAt} />
      </td>
      <td className="px-4 py-3 text-right">
        <RemoveMemberButton member={member} label={label} disabledReason={access.remove} isSelf={isSelf} />
      </td>
    </tr>
  );
}
