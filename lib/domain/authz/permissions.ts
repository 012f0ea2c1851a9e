// Everything a member may be allowed to do, and the one matrix of which role may do what.

import type { Role } from "./roles";
import { asRegionKey, isProvider, providerOf, RegionKeyError, type Provider, type RegionKey } from "../region-key";

/** Everything a member may be allowed to do. Routes name the one permission they need. */
export const PERMISSIONS = [
  "topology.read",
  "topology.create",
  "topology.edit",
  "topology.archive",
  "topology.export",
  "topology.production",
  "review.request",
  "review.comment",
  "review.decide",
  "drill.save",
  "notification.read",
  "template.publish",
  "template.publish-public",
  "template.rate",
  "audit.read",
  "audit.verify",
  "org.read",
  "org.settings",
  "member.read",
  "member.manage",
  "invitation.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The one matrix of who may do what; nothing else in the code decides it. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  // topology.production (marking a topology production, or not) is admin+ only: it decides whether
  // exports need approvals, so the editors whose changes are gated may not lift the gate themselves.
  // template.rate writes ratings every organisation seeing the template reads, so viewers only read them.
  owner: PERMISSIONS,
  admin: PERMISSIONS,
  // drill.save (save an outage drill, attach it to a review) goes with review.comment: a saved drill is evidence
  // in a review, so whoever may comment on one may bring it.
  editor: [
    "topology.read", "topology.create", "topology.edit", "topology.archive", "topology.export", "review.request", "review.comment",
    "review.decide", "drill.save", "notification.read", "template.publish", "template.rate", "audit.read", "org.read", "member.read",
  ],
  reviewer: ["topology.read", "review.comment", "review.decide", "drill.save", "notification.read", "template.rate", "audit.read", "org.read", "member.read"],
  viewer: ["topology.read", "notification.read", "org.read", "member.read"],
};

/**
 * What a region-scoped membership keeps of its role. Such a member sees everything their role
 * shows, and changes only node groups, links and regions inside their scope (checked on save); the
 * rest of their role's write permissions (create, archive, organisation management) need an
 * unrestricted membership.
 */
export const REGION_SCOPED_PERMISSIONS: readonly Permission[] = [
  "topology.read",
  "topology.edit",
  // They may ask for a review of their change and discuss it; approving a whole design needs an unrestricted membership.
  "review.request",
  "review.comment",
  // A drill changes nothing in the design; like a comment, a scoped member may save one about any region.
  "drill.save",
  "notification.read",
  "audit.read",
  "org.read",
  "member.read",
];

export interface MembershipScope {
  /** Providers the member may change ("aws"); empty with `regions` empty means unrestricted. */
  providers: readonly Provider[];
  /** Region keys the member may change ("azure:westeurope"). */
  regions: readonly RegionKey[];
}

/**
 * A scope as stored (plain strings). Every entry must read back: dropping an unreadable one could leave the
 * scope empty, which means unrestricted, so an unreadable entry throws instead.
 */
export function readStoredScope(providers: readonly string[], regions: readonly string[]): MembershipScope {
  const badProvider = providers.find((p) => !isProvider(p));
  if (badProvider !== undefined) throw new RegionKeyError(`stored membership scope names an unknown provider "${badProvider}"`);
  return { providers: providers as Provider[], regions: regions.map(asRegionKey) };
}

/** Whether a region lies inside a membership's scope. */
export function regionInScope(scope: MembershipScope, key: RegionKey): boolean {
  if (!isScoped(scope)) return true;
  return scope.providers.includes(providerOf(key)) || scope.regions.includes(key);
}

export const UNRESTRICTED: MembershipScope = Object.freeze({ providers: [], regions: [] });

export function isScoped(scope: MembershipScope | undefined): boolean {
  return Boolean(scope && (scope.providers.length > 0 || scope.regions.length > 0));
}

export function can(role: Role, permission: Permission, scope?: MembershipScope): boolean {
  if (!ROLE_PERMISSIONS[role].includes(permission)) return false;
  return !isScoped(scope) || REGION_SCOPED_PERMISSIONS.includes(permission);
}

/** The permissions a membership actually has, for the UI (which disables what the API would refuse). */
export function permissionsOf(role: Role, scope?: MembershipScope): Permission[] {
  return PERMISSIONS.filter((p) => can(role, p, scope));
}

export function describeScope(scope: MembershipScope): string {
  return [...scope.providers.map((p) => `all of ${p}`), ...scope.regions].join(", ");
}
