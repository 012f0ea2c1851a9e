// The organisation roles, most to least: the one list the database enum, the API and the UI all follow (a test
// holds the Prisma enum to it).

export const ROLES = ["owner", "admin", "editor", "reviewer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** Higher is more; from the order of ROLES. A member may only grant, or act on members holding, roles at or below their own. */
export const ROLE_RANK: Readonly<Record<Role, number>> = Object.freeze(
  Object.fromEntries(ROLES.map((role, i) => [role, ROLES.length - 1 - i])) as Record<Role, number>,
);

export const ROLE_LABELS: Readonly<Record<Role, string>> = { owner: "Owner", admin: "Admin", editor: "Editor", reviewer: "Reviewer", viewer: "Viewer" };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` ranks above `actorRole`: the actor may not grant it, nor act on its holders. */
export function outranks(role: Role, actorRole: Role): boolean {
  return ROLE_RANK[role] > ROLE_RANK[actorRole];
}

/** Owners and admins manage the whole organisation, so they cannot be limited to regions. */
export const UNSCOPABLE_ROLES: readonly Role[] = ["owner", "admin"];

/** Why, in the words the API and the settings page both use. */
export const UNSCOPABLE_REASON = "Owners and admins manage the whole organisation, so they cannot be limited to regions.";

export function roleMayBeScoped(role: Role): boolean {
  return !UNSCOPABLE_ROLES.includes(role);
}
