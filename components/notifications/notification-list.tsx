"use client";

import { FormError } from "@/components/settings/form-error";
import { useMarkNotificationsRead, useNotifications } from "@/lib/client/notifications";
import { NotificationItem } from "./notification-item";

/** The bell's panel: notifications (unread first), each a link, and "mark all read". */
export function NotificationList({ onNavigate }: { onNavigate(): void }) {
  const query = useNotifications();
  const mark = useMarkNotificationsRead();
  const unread = query.data?.unreadCount ?? 0;
  return (
    <div className="flex max-h-[28rem] flex-col">
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-3 py-2">
        <h2 className="text-sm font-semibold text-slate-900">Notifications</h2>
        <button type="button" onClick={() => mark.mutate({ all: true })} disabled={unread === 0 || mark.isPending}
          className="rounded px-1.5 py-0.5 text-xs text-blue-800 hover:bg-blue-50 disabled:cursor-not-allowed disabled:text-slate-500 disabled:hover:bg-transparent">
          Mark all read
        </button>
      </div>
      {query.isError ? <div className="p-3"><FormError error={query.error} prefix="Could not load notifications:" /></div> : null}
      {mark.isError ? <div className="p-3"><FormError error={mark.error} prefix="Could not mark them read:" /></div> : null}
      {query.isPending ? <p role="status" className="px-3 py-6 text-center text-sm text-slate-500">Loading…</p> : null}
      {query.data && query.data.notifications.length === 0 ? (
        <p className="px-3 py-6 text-center text-sm text-slate-600">No notifications yet. Review requests, comments and decisions show up here.</p>
      ) : null}
      {query.data && query.data.notifications.length > 0 ? (
        <ul aria-label="Notifications, unread first" className="min-h-0 flex-1 divide-y divide-slate-100 overflow-y-auto">
          {query.data.notifications.map((n) => (
            <NotificationItem key={n.id} notification={n}
              onOpen={() => { if (!n.read) mark.mutate({ ids: [n.id] }); onNavigate(); }}
              onMarkRead={() => mark.mutate({ ids: [n.id] })} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
