"use client";

import * as Popover from "@radix-ui/react-popover";
import { Bell } from "lucide-react";
import { useState } from "react";
import { useCan } from "@/components/shell/page-session-context";
import { useNotifications } from "@/lib/client/notifications";
import { NotificationList } from "./notification-list";

/** The header's bell: the unread count, and the notifications in a panel. */
export function NotificationBell() {
  const canRead = useCan("notification.read");
  return canRead ? <BellWithCount /> : null;
}

function BellWithCount() {
  const [open, setOpen] = useState(false);
  const query = useNotifications();
  const unread = query.data?.unreadCount ?? 0;
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger aria-label={unread ? `Notifications, ${unread} unread` : "Notifications"}
        className="relative inline-flex h-9 w-9 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100" data-testid="notification-bell">
        <Bell size={18} aria-hidden />
        {unread ? (
          <span aria-hidden className="absolute right-0.5 top-0.5 inline-flex h-4 min-w-4 items-center justify-center rounded-full bg-red-700 px-1 text-[10px] font-semibold text-white" data-testid="unread-count">
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content align="end" sideOffset={6} className="z-50 w-96 overflow-hidden rounded-md border border-slate-200 bg-white shadow-lg" aria-label="Notifications">
          <NotificationList onNavigate={() => setOpen(false)} />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
