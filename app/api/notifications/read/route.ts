import { MarkNotificationsReadBody } from "@/lib/domain/api";
import { readJsonBody } from "@/lib/server/http/body";
import { withActor } from "@/lib/server/http/route";
import { markNotificationsRead } from "@/lib/server/notifications/mark-read";

/** `{ids: [...]}` or `{all: true}`: marks the caller's own notifications read. */
export const POST = withActor("notification.read", async (request, actor) =>
  markNotificationsRead(actor, await readJsonBody(request, MarkNotificationsReadBody)),
);
