"use client";

import clsx from "clsx";
import { Check } from "lucide-react";
import Link from "next/link";
import { Time } from "@/components/ui/time";
import type { NotificationView } from "@/lib/domain/api";

interface Props {
  notification: NotificationView;
  onOpen(): void;
  onMarkRead(): void;
}

const hrefOf = (n: NotificationView) => (n.reviewId ? `/reviews/${n.reviewId}` : n.topologyId ? `/topologies/${n.topologyId}/versions` : null);

/** One notification: a link to what it is about (opening it marks it read) and "mark read". */
export function NotificationItem({ notification: n, onOpen, onMarkRead }: Props) {
  const href = hrefOf(n);
  const text = <span className={clsx("block text-sm", n.read ? "text-slate-600" : "font-medium text-slate-900")}>{n.message}</span>;
  return (
    <li className={clsx("flex items-start gap-2 px-3 py-2", !n.read && "bg-blue-50/50")} data-read={n.read}>
      <span aria-hidden className={clsx("mt-1.5 inline-block h-2 w-2 shrink-0 rounded-full", n.read ? "bg-transparent" : "bg-blue-700")} />
      <div className="min-w-0 flex-1">
        {href ? <Link href={href} onClick={onOpen} className="hover:underline">{text}</Link> : text}
        <span className="text-xs text-slate-600">{n.read ? "" : <span className="sr-only">Unread. </span>}<Time iso={n.createdAt} /></span>
      </div>
      {n.read ? null : (
        <button type="button" onClick={onMarkRead} aria-label={`Mark read: ${n.message}`} title="Mark read"
          className="shrink-0 rounded p-1 text-slate-600 hover:bg-slate-100">
          <Check size={14} aria-hidden />
        </button>
      )}
    </li>
  );
}
