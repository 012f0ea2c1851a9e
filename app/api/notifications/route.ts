import { withActor } from "@/lib/server/http/route";
import { listNotifications } from "@/lib/server/notifications/list-notifications";

/** The caller's own notifications in the active organisation, unread first. */
export const GET = withActor("notification.read", async (_request, actor) => listNotifications(actor));
