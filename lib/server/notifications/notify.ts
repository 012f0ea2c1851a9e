import type { Prisma } from "@prisma/client";
import type { NotificationKind } from "@/lib/domain/api";

export interface NotificationInput {
  organizationId: string;
  kind: NotificationKind;
  message: string;
  reviewId?: string;
  topologyId?: string;
}

/**
 * Leaves an in-app notification for each recipient, in the transaction of the change it is about (so
 * it commits with it and is covered by that change's audit event). The actor is never told of their own act.
 */
export async function notify(tx: Prisma.TransactionClient, recipients: readonly string[], actorId: string, input: NotificationInput) {
  const userIds = [...new Set(recipients)].filter((id) => id !== actorId);
  if (userIds.length === 0) return 0;
  const { count } = await tx.notification.createMany({ data: userIds.map((userId) => ({ ...input, userId })) });
  return count;
}
