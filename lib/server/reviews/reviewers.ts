import type { Prisma } from "@prisma/client";
import { can, readStoredScope } from "@/lib/domain/authz";

/**
 * Which of these users may review in the organisation now: members whose role allows deciding on a
 * review (reviewer and above) without a region scope.
 */
export async function reviewersAmong(db: Prisma.TransactionClient, organizationId: string, userIds: readonly string[]): Promise<Set<string>> {
  const memberships = await db.membership.findMany({
    where: { organizationId, userId: { in: [...new Set(userIds)] } },
    select: { userId: true, role: true, scopeProviders: true, scopeRegions: true },
  });
  return new Set(
    memberships
      .filter((m) => can(m.role, "review.decide", readStoredScope(m.scopeProviders, m.scopeRegions)))
      .map((m) => m.userId),
  );
}
