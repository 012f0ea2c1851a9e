import { MARK_COLOUR, type DiffMark } from "@/components/canvas/overlay/overlay";

const ITEMS: { mark: DiffMark; label: string }[] = [
  { mark: "added", label: "Added" },
  { mark: "removed", label: "Removed (dashed)" },
  { mark: "changed", label: "Changed" },
];

/** What the outlines of the visual diff mean. */
export function DiffLegend({ from, to }: { from: number; to: number }) {
  return (
    <ul aria-label="Legend of the visual diff" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-700">
      {ITEMS.map(({ mark, label }) => (
        <li key={mark} className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-3 w-4 rounded-sm" style={{ outline: `2px ${mark === "removed" ? "dashed" : "solid"} ${MARK_COLOUR[mark]}`, outlineOffset: -2 }} />
          {label}
        </li>
      ))}
      <li className="text-slate-500">Showing version {to}, with what version {from} had and {to} no longer has.</li>
    </ul>
  );
}
