import clsx from "clsx";
import { CommentPin } from "./comment-pin";
import { MARK_COLOUR, MARK_LABEL, type ElementOverlay } from "./overlay";

/** Wraps a canvas node: its diff mark as a coloured outline (dashed when removed) with a label, and its comment pin. */
export function OverlayFrame({ overlay, rounded, children }: { overlay?: ElementOverlay; rounded: string; children: React.ReactNode }) {
  const mark = overlay?.mark;
  return (
    <div
      className={clsx("relative h-full w-full", rounded)}
      style={mark ? { outline: `3px ${mark === "removed" ? "dashed" : "solid"} ${MARK_COLOUR[mark]}`, outlineOffset: 2 } : undefined}
      data-mark={mark}
    >
      {children}
      {mark ? (
        <span className="pointer-events-none absolute -top-2 left-2 rounded border bg-white px-1 text-[10px] font-semibold uppercase leading-3.5 tracking-wide"
          style={{ color: MARK_COLOUR[mark], borderColor: MARK_COLOUR[mark] }}>
          {MARK_LABEL[mark]}
        </span>
      ) : null}
      {overlay?.comments ? <CommentPin count={overlay.comments} className="absolute -right-2.5 -top-2.5" /> : null}
    </div>
  );
}
