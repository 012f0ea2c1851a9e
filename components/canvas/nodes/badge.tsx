import type { ElementBadge } from "../findings-index";
import { SEVERITY_COLOUR } from "../visual";

/** A count of findings in the element's worst severity; the messages are its tooltip. */
export function FindingBadge({ badge }: { badge?: ElementBadge }) {
  if (!badge) return null;
  return (
    <span
      className="inline-flex h-5 min-w-5 items-center justify-center rounded-full px-1.5 text-[11px] font-semibold text-white"
      style={{ backgroundColor: SEVERITY_COLOUR[badge.severity] }}
      title={badge.messages.join("\n")}
      aria-label={`${badge.count} ${badge.severity === "info" ? "note" : badge.severity}${badge.count === 1 ? "" : "s"}`}
      data-severity={badge.severity}
    >
      {badge.count}
    </span>
  );
}
