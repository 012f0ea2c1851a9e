import type { NotificationKind, NotificationView } from "@/lib/domain/api";
import type { ActorContext } from "../context";

const LIMIT = 100;

/** The actor's own notifications in the acting organisation: unread first, newest first within each. */
export async function listNotifications(ctx: ActorContext) {
  const mine = { userId: ctx.user.id, organizationId: ctx.organizationId };
  const [unread, recent, unreadCount] = await Promise.all([
    ctx.db.notification.findMany({ where: { ...mine, readAt: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: LIMIT }),
    ctx.db.notification.findMany({ where: { ...mine, readAt: { not: null } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: LIMIT }),
    ctx.db.notification.count({ where: { ...mine, readAt: null } }),
  ]);
  const notifications: NotificationView[] = [...unread, ...recent].slice(0, LIMIT).map((n) => ({
    id: n.id,
    kind: n.kind as NotificationKind,
    message: n.message,
    reviewId: n.reviewId,
    topologyId: n.topologyId,
    read: n.readAt !== null,
    createdAt: n.createdAt.toISOString(),
  }));
  return { notifications, unreadCount };
}
