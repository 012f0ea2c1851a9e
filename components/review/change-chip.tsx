import { MARK_COLOUR, MARK_LABEL, type DiffMark } from "@/components/canvas/overlay/overlay";

/** "Added", "Removed" or "Changed" in the visual diff's colour. */
export function ChangeChip({ change }: { change: DiffMark }) {
  return (
    <span className="inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium" style={{ color: MARK_COLOUR[change], borderColor: `${MARK_COLOUR[change]}66` }}>
      <span aria-hidden className="inline-block h-2 w-2 rounded-full" style={{ backgroundColor: MARK_COLOUR[change] }} />
      {MARK_LABEL[change]}
    </span>
  );
}
