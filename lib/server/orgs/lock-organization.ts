import type { Prisma } from "@prisma/client";

/**
 * Takes the organisation's row lock for the rest of the transaction, so concurrent changes to its
 * settings run one after the other and each audit event's "from" is what the change really replaced.
 */
export async function lockOrganization(tx: Prisma.TransactionClient, organizationId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE "id" = ${organizationId} FOR UPDATE`;
}
