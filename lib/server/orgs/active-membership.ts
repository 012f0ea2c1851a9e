import { usableWithSession } from "@/lib/domain/authz";
import type { Prisma } from "@prisma/client";
import type { Db } from "../db";

const include = { organization: { select: { id: true, name: true, slug: true, ssoRequired: true } } } as const;
export type MembershipWithOrg = Prisma.MembershipGetPayload<{ include: typeof include }>;

/**
 * The organisation a user is acting in: the one they asked for (if they belong to it), else their
 * oldest membership that this session may use (organisations requiring SSO are skipped for a local
 * sign-in). Returns null when the user belongs to no organisation.
 */
export async function activeMembership(db: Db, userId: string, requestedOrganizationId?: string, signInProvider?: string) {
  const memberships = await db.membership.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, include });
  const requested = memberships.find((m) => m.organizationId === requestedOrganizationId);
  if (requested) return requested;
  const usable = memberships.filter((m) => usableWithSession(m.organization, signInProvider));
  return usable[0] ?? memberships[0] ?? null;
}

/** The user's membership of one organisation, or null when they are not in it. */
export async function membershipIn(db: Db, userId: string, organizationId: string): Promise<MembershipWithOrg | null> {
  return db.membership.findUnique({ where: { userId_organizationId: { userId, organizationId } }, include });
}
