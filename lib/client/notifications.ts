"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  MarkedReadSchema, NotificationListSchema, type MarkNotificationsReadBody, type NotificationList, type NotificationView,
} from "@/lib/domain/api";
import { apiFetch } from "./api";

export const notificationKeys = { all: ["notifications"] as const };

export type { NotificationList } from "@/lib/domain/api";

/** How often the bell asks for news while the page is open (and on focus, as react-query does). */
const POLL_MS = 30_000;

/** The signed-in member's notifications in the active organisation, unread first. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: () => apiFetch("/api/notifications", NotificationListSchema),
    refetchInterval: POLL_MS,
  });
}

/** Marks some (`{ids}`) or all (`{all: true}`) notifications read; the list shows it at once. */
export function useMarkNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkNotificationsReadBody) => apiFetch("/api/notifications/read", MarkedReadSchema, { method: "POST", json: body }),
    onMutate: async (body) => {
      await client.cancelQueries({ queryKey: notificationKeys.all });
      const before = client.getQueryData<NotificationList>(notificationKeys.all);
      if (before) {
        const marks = (n: NotificationView) => "all" in body || body.ids.includes(n.id);
        const notifications = before.notifications.map((n) => (marks(n) ? { ...n, read: true } : n));
        client.setQueryData<NotificationList>(notificationKeys.all, {
          notifications,
          unreadCount: "all" in body ? 0 : Math.max(0, before.unreadCount - before.notifications.filter((n) => !n.read && marks(n)).length),
        });
      }
      return { before };
    },
    onError: (_error, _body, context) => {
      if (context?.before) client.setQueryData(notificationKeys.all, context.before);
    },
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
