import type { MemberView } from "@/lib/domain/api";
import type { Role } from "@/lib/domain/authz";
import { outranks, roleMayBeScoped, UNSCOPABLE_REASON } from "@/lib/domain/authz";

export interface MemberAccess {
  /** Why this member's role cannot be changed by the actor, or null when it can. */
  role: string | null;
  /** Why their region scope cannot be changed, or null. */
  scope: string | null;
  /** Why they cannot be removed, or null. */
  remove: string | null;
}

/**
 * What the actor may do to one member, with the reason for each refusal: the same rules the API
 * applies (permission, rank, SSO-managed roles, unscopable roles). The last owner is the API's to
 * refuse, since only it sees every owner at once.
 */
export function memberAccess(member: MemberView, actor: { role: Role; canManage: boolean; why: string }): MemberAccess {
  const locked = !actor.canManage
    ? `Only admins and owners can change members, and ${actor.why}.`
    : outranks(member.role, actor.role)
      ? `Your role (${actor.role}) cannot change a member who is ${member.role}.`
      : null;
  return {
    role: locked ?? (member.source === "sso" ? "This role comes from the member's identity provider groups: change their groups there." : null),
    scope: locked ?? (roleMayBeScoped(member.role) ? null : UNSCOPABLE_REASON),
    remove: locked,
  };
}
