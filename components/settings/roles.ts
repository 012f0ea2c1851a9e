import { ROLE_NAMES, type RoleName } from "@/lib/domain/api";

/** Higher is more; ROLE_NAMES lists roles from the most to the least (as the server's ROLE_RANK ranks them). */
export function roleRank(role: RoleName | string): number {
  const index = ROLE_NAMES.indexOf(role as RoleName);
  return index < 0 ? -1 : ROLE_NAMES.length - 1 - index;
}

/** A member may only grant, or act on members holding, roles at or below their own. */
export function outranks(role: RoleName | string, actorRole: RoleName | string): boolean {
  return roleRank(role) > roleRank(actorRole);
}

/** Owners and admins manage the whole organisation, so they cannot be limited to regions. */
export function roleAllowsScope(role: RoleName | string): boolean {
  return role !== "owner" && role !== "admin";
}

export const ROLE_LABELS: Record<RoleName, string> = {
  owner: "Owner",
  admin: "Admin",
  editor: "Editor",
  reviewer: "Reviewer",
  viewer: "Viewer",
};
