import type { MarkNotificationsReadBody } from "@/lib/domain/api";
import { appendAuditEvent } from "../audit/append";
import type { ActorContext } from "../context";

/** Marks some or all of the actor's own unread notifications read; others' ids are silently not theirs to mark. */
export async function markNotificationsRead(ctx: ActorContext, input: MarkNotificationsReadBody) {
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: {
        userId: ctx.user.id,
        organizationId: ctx.organizationId,
        readAt: null,
        ...("ids" in input && { id: { in: input.ids } }),
      },
      data: { readAt: new Date() },
    });
    if (count > 0) {
      await appendAuditEvent(tx, {
        organizationId: ctx.organizationId,
        actor: ctx.user,
        action: "notification.read",
        targetType: "user",
        targetId: ctx.user.id,
        requestId: ctx.requestId,
        data: { count, all: "all" in input },
      });
    }
    return { marked: count };
  });
}
