import type { Role } from "@prisma/client";
import { ROLE_RANK, ROLES } from "@/lib/domain/authz";

/**
 * How an identity provider's groups become Meridian memberships.
 *
 * MERIDIAN_GROUP_ROLE_MAP lists `group=role` or `group=org-slug:role` entries, separated by commas,
 * semicolons or new lines, e.g. `meridian-admins=admin, meridian-editors=editor, emea-viewers=emea:viewer`.
 * Entries without an organisation apply to MERIDIAN_SSO_ORG. A user in several mapped groups gets the
 * highest role per organisation. MERIDIAN_SSO_DEFAULT_ROLE, when set, is the role in MERIDIAN_SSO_ORG
 * of users in no mapped group; unset, such users are refused unless an invitation waits for them.
 */
export interface GroupRoleEntry {
  group: string;
  /** Organisation slug; undefined means the default SSO organisation. */
  org?: string;
  role: Role;
}

export interface GroupRoleConfig {
  entries: GroupRoleEntry[];
  defaultOrg: { slug: string; name: string };
  defaultRole?: Role;
  /** The claim holding the groups: `groups` (Okta, Entra ID) unless MERIDIAN_GROUPS_CLAIM says otherwise. */
  claim: string;
}

export class GroupRoleMapError extends Error {}

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function parseGroupRoleMap(text: string | undefined): GroupRoleEntry[] {
  if (!text?.trim()) return [];
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const eq = part.lastIndexOf("=");
      const group = part.slice(0, eq).trim();
      if (eq <= 0 || !group) throw new GroupRoleMapError(`MERIDIAN_GROUP_ROLE_MAP: "${part}" is not group=role`);
      const target = part.slice(eq + 1).trim().toLowerCase();
      const colon = target.lastIndexOf(":");
      const org = colon >= 0 ? target.slice(0, colon).trim() : undefined;
      const role = colon >= 0 ? target.slice(colon + 1).trim() : target;
      if (!isRole(role)) throw new GroupRoleMapError(`MERIDIAN_GROUP_ROLE_MAP: "${role}" is not a role (${ROLES.join(", ")})`);
      if (org !== undefined && !SLUG.test(org)) throw new GroupRoleMapError(`MERIDIAN_GROUP_ROLE_MAP: "${org}" is not an organisation slug`);
      return { group, role, ...(org !== undefined && { org }) };
    });
}

export function groupRoleConfig(env: NodeJS.ProcessEnv = process.env): GroupRoleConfig {
  const slug = (env.MERIDIAN_SSO_ORG ?? "default").trim().toLowerCase();
  if (!SLUG.test(slug)) throw new GroupRoleMapError(`MERIDIAN_SSO_ORG: "${slug}" is not an organisation slug (a-z, 0-9, -)`);
  const defaultRole = env.MERIDIAN_SSO_DEFAULT_ROLE?.trim().toLowerCase();
  if (defaultRole && !isRole(defaultRole)) throw new GroupRoleMapError(`MERIDIAN_SSO_DEFAULT_ROLE: "${defaultRole}" is not a role`);
  return {
    entries: parseGroupRoleMap(env.MERIDIAN_GROUP_ROLE_MAP),
    defaultOrg: { slug, name: env.MERIDIAN_SSO_ORG_NAME?.trim() || slug },
    ...(defaultRole && { defaultRole: defaultRole as Role }),
    claim: env.MERIDIAN_GROUPS_CLAIM?.trim() || "groups",
  };
}

/** The groups in an ID token or userinfo claim: an array of strings, or one space/comma separated string. */
export function groupsFromClaims(claims: Record<string, unknown> | null | undefined, claim = "groups"): string[] {
  const value = claims?.[claim];
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === "string").map((g) => g.trim()).filter(Boolean);
  if (typeof value === "string") return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

/** Organisation slug to role, the highest any of the user's groups grants there. */
export function rolesForGroups(groups: readonly string[], config: GroupRoleConfig): Map<string, Role> {
  const held = new Set(groups.map((g) => g.toLowerCase()));
  const result = new Map<string, Role>();
  for (const entry of config.entries) {
    if (!held.has(entry.group.toLowerCase())) continue;
    const org = entry.org ?? config.defaultOrg.slug;
    const current = result.get(org);
    if (!current || ROLE_RANK[entry.role] > ROLE_RANK[current]) result.set(org, entry.role);
  }
  if (result.size === 0 && config.defaultRole) result.set(config.defaultOrg.slug, config.defaultRole);
  return result;
}
