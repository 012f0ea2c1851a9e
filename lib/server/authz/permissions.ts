import type { Role } from "@prisma/client";

/** Everything a member may be allowed to do. Routes name the one permission they need. */
export const PERMISSIONS = [
  "topology.read",
  "topology.create",
  "topology.edit",
  "topology.archive",
  "audit.read",
  "audit.verify",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The one matrix of who may do what; nothing else in the code decides it. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  owner: PERMISSIONS,
  admin: PERMISSIONS,
  editor: ["topology.read", "topology.create", "topology.edit", "topology.archive", "audit.read"],
  reviewer: ["topology.read", "audit.read"],
  viewer: ["topology.read"],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
