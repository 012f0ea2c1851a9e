import type { Prisma } from "@prisma/client";
import type { AuditAction } from "@/lib/domain/api";
import { appendAuditEvent } from "../audit/append";
import { rolesForGroups, type GroupRoleConfig } from "../auth/group-roles";
import type { Db } from "../db";

export interface SsoIdentity {
  /** Auth.js provider id: "okta", "microsoft-entra-id", "oidc". */
  provider: string;
  /** The IdP's stable subject (`sub`). */
  subject: string;
  email: string | null;
  /** The IdP's `email_verified` claim, when it sends one (Okta does; Entra ID does not). */
  emailVerified?: boolean;
  name: string | null;
  groups: string[];
}

export type SsoRefusal = "NoEmail" | "NoMembership" | "EmailNotVerified" | "AccountConflict";
export type SsoOutcome = { ok: true; userId: string } | { ok: false; reason: SsoRefusal };

class Refused extends Error {
  constructor(readonly reason: SsoRefusal) {
    super(reason);
  }
}

/**
 * Signs a user in from an identity provider: finds them by the IdP account (provider + subject),
 * else by email, else creates them; then makes their memberships follow their groups: created where
 * a mapped group grants a role, the role updated when the groups changed, removed where an
 * SSO-made membership is no longer granted. Memberships made by invitation or by hand are left
 * alone. Each change writes one audit event in the same transaction. A user with no membership and
 * no pending invitation is refused, and nothing is written.
 */
export async function provisionSsoUser(db: Db, identity: SsoIdentity, config: GroupRoleConfig, requestId: string): Promise<SsoOutcome> {
  const email = identity.email?.trim().toLowerCase();
  if (!email) return { ok: false, reason: "NoEmail" };
  try {
    const userId = await db.$transaction(async (tx) => {
      const account = await tx.account.findUnique({
        where: { provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.subject } },
        select: { userId: true },
      });
      if (!account) await assertSafeToLink(tx, identity, email);
      const user = account
        ? await tx.user.update({ where: { id: account.userId }, data: { ...(identity.name && { name: identity.name }) } })
        : await tx.user.upsert({ where: { email }, create: { email, name: identity.name }, update: identity.name ? { name: identity.name } : {} });
      if (!account) {
        await tx.account.create({
          data: { userId: user.id, type: "oidc", provider: identity.provider, providerAccountId: identity.subject },
        });
        // Joining an IdP identity to someone who already had memberships is recorded where they belong.
        const memberOf = await tx.membership.findMany({ where: { userId: user.id }, select: { organizationId: true } });
        for (const { organizationId } of memberOf) {
          await audit(tx, organizationId, "user.link_identity", user.id, requestId, { provider: identity.provider, subject: identity.subject, email }, "user");
        }
      }
      const desired = rolesForGroups(identity.groups, config);
      const system = { source: "sso", provider: identity.provider, subject: user.email ?? email } as const;

      for (const [slug, role] of desired) {
        const organization = await ensureOrganization(tx, slug, slug === config.defaultOrg.slug ? config.defaultOrg.name : slug, requestId);
        const existing = await tx.membership.findUnique({
          where: { userId_organizationId: { userId: user.id, organizationId: organization.id } },
        });
        if (!existing) {
          const membership = await tx.membership.create({ data: { userId: user.id, organizationId: organization.id, role, source: "sso" } });
          await audit(tx, organization.id, "membership.create", membership.id, requestId, { ...system, role, groups: groupsGranting(identity.groups, slug, config) });
        } else if (existing.source === "sso" && existing.role !== role) {
          await tx.membership.update({ where: { id: existing.id }, data: { role } });
          await audit(tx, organization.id, "membership.update", existing.id, requestId, {
            ...system,
            changes: { role: { from: existing.role, to: role } },
            groups: groupsGranting(identity.groups, slug, config),
          });
        }
      }

      const stale = await tx.membership.findMany({
        where: { userId: user.id, source: "sso" },
        include: { organization: { select: { slug: true } } },
      });
      for (const membership of stale.filter((m) => !desired.has(m.organization.slug))) {
        await tx.membership.delete({ where: { id: membership.id } });
        await audit(tx, membership.organizationId, "membership.remove", membership.id, requestId, {
          ...system,
          role: membership.role,
          reason: "no longer in a group mapped to this organisation",
        });
      }

      const memberships = await tx.membership.count({ where: { userId: user.id } });
      const invitations = await tx.invitation.count({
        where: { email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      });
      if (memberships === 0 && invitations === 0) throw new Refused("NoMembership");
      return user.id;
    });
    return { ok: true, userId };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    throw error;
  }
}

/**
 * A new IdP identity is joined to an existing user by email only when the email is proven: the IdP
 * says it verified it, and the user has no other identity at the same IdP (two subjects claiming one
 * address means one of them is not its owner).
 */
async function assertSafeToLink(tx: Prisma.TransactionClient, identity: SsoIdentity, email: string) {
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true, accounts: { select: { provider: true } } } });
  if (!existing) return;
  // Only an address the IdP vouches for joins an existing account (Entra ID sends no email_verified:
  // its users start fresh rather than take over an account by a mutable email claim).
  if (identity.emailVerified !== true) throw new Refused("EmailNotVerified");
  if (existing.accounts.some((a) => a.provider === identity.provider)) throw new Refused("AccountConflict");
}

/**
 * The user's groups that map to one organisation: its audit chain records these, never the groups
 * that concern other organisations (their names are not this tenant's business).
 */
function groupsGranting(groups: readonly string[], slug: string, config: GroupRoleConfig): string[] {
  const mapped = new Set(config.entries.filter((e) => (e.org ?? config.defaultOrg.slug) === slug).map((e) => e.group.toLowerCase()));
  return groups.filter((g) => mapped.has(g.toLowerCase()));
}

async function ensureOrganization(tx: Prisma.TransactionClient, slug: string, name: string, requestId: string) {
  const found = await tx.organization.findUnique({ where: { slug } });
  if (found) return found;
  const created = await tx.organization.create({ data: { slug, name } });
  await audit(tx, created.id, "organization.create", created.id, requestId, { name, slug, source: "sso" }, "organization");
  return created;
}

function audit(
  tx: Prisma.TransactionClient,
  organizationId: string,
  action: AuditAction,
  targetId: string,
  requestId: string,
  data: Prisma.InputJsonObject,
  targetType = "membership",
) {
  return appendAuditEvent(tx, { organizationId, actor: null, action, targetType, targetId, requestId, data });
}

/** Whether local sign-in is refused for this address: an organisation requiring SSO claims its domain. */
export async function ssoRequiredForEmail(db: Db, email: string): Promise<{ organization: string } | null> {
  const domain = email.trim().toLowerCase().split("@")[1];
  if (!domain) return null;
  // Only organisations this person belongs to: a domain any admin can type must not lock others out.
  const org = await db.organization.findFirst({
    where: { ssoDomain: domain, ssoRequired: true, memberships: { some: { user: { email: email.trim().toLowerCase() } } } },
    select: { name: true },
  });
  return org ? { organization: org.name } : null;
}

