import clsx from "clsx";
import { MessageSquare } from "lucide-react";

/** The count of review comments pinned to an element, drawn on its corner. */
export function CommentPin({ count, className }: { count: number; className?: string }) {
  return (
    <span
      className={clsx("pointer-events-none inline-flex h-5 items-center gap-0.5 rounded-full bg-slate-800 px-1.5 text-[11px] font-semibold text-white shadow", className)}
      role="img"
      aria-label={`${count} review comment${count === 1 ? "" : "s"}`}
      data-testid="comment-pin"
    >
      <MessageSquare size={11} aria-hidden />
      {count}
    </span>
  );
}
