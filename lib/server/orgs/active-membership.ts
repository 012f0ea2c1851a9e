import type { Db } from "../db";

/**
 * The organisation a user is acting in: the one they asked for (if they belong to it), else their
 * oldest membership. Returns null when the user belongs to no organisation.
 */
export async function activeMembership(db: Db, userId: string, requestedOrganizationId?: string) {
  const memberships = await db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    include: { organization: { select: { id: true, name: true, slug: true } } },
  });
  return memberships.find((m) => m.organizationId === requestedOrganizationId) ?? memberships[0] ?? null;
}
