"use client";

// One arc, one link's keyboard stop, one pin. Memoised: a selection change re-renders only the items
// whose props changed.

import { memo } from "react";
import { FOCUS_COLOUR, LOST_COLOUR, SELECTED_COLOUR, SEVERITY_COLOURS, type Severity } from "./map-geometry";

interface ArcViewProps {
  id: string;
  d: string;
  colour: string;
  dashed: string | undefined;
  lost: boolean;
  opacity: number;
  selected: boolean;
  focused: boolean;
  badge: Severity | undefined;
  title: string;
}

export const ArcView = memo(function ArcView({ id, d, colour, dashed, lost, opacity, selected, focused, badge, title }: ArcViewProps) {
  const width = lost ? 1.25 : selected ? 2.5 : 1.75;
  return (
    <g data-map-id={id} className="cursor-pointer">
      {focused ? <path d={d} fill="none" stroke={FOCUS_COLOUR} strokeWidth={width + 6} strokeOpacity={0.35} strokeLinecap="round" vectorEffect="non-scaling-stroke" /> : null}
      {badge ? <path d={d} fill="none" stroke={SEVERITY_COLOURS[badge]} strokeWidth={width + 4} strokeOpacity={0.25} strokeLinecap="round" vectorEffect="non-scaling-stroke" /> : null}
      {selected ? <path d={d} fill="none" stroke={SELECTED_COLOUR} strokeWidth={width + 2.5} strokeLinecap="round" vectorEffect="non-scaling-stroke" /> : null}
      <path
        d={d}
        fill="none"
        stroke={colour}
        strokeWidth={width}
        strokeOpacity={selected || focused || badge ? Math.max(opacity, 0.9) : opacity}
        strokeDasharray={dashed}
        strokeLinecap="round"
        vectorEffect="non-scaling-stroke"
      />
      {/* A wide invisible stroke, so thin arcs are easy to hit. */}
      <path d={d} fill="none" stroke="transparent" strokeWidth={10} pointerEvents="stroke" vectorEffect="non-scaling-stroke">
        <title>{title}</title>
      </path>
    </g>
  );
});

/** Invisible, focusable: the visible arc (drawn under the pins) highlights when this has focus. */
export const ArcFocusStop = memo(function ArcFocusStop({ id, ariaLabel, selected }: { id: string; ariaLabel: string; selected: boolean }) {
  return <g data-map-id={id} role="button" tabIndex={0} aria-label={ariaLabel} aria-pressed={selected} style={{ outline: "none" }} />;
});

interface PinViewProps {
  id: string;
  x: number;
  y: number;
  r: number;
  fill: string;
  lost: boolean;
  selected: boolean;
  focused: boolean;
  badge: Severity | undefined;
  title: string;
  ariaLabel: string;
}

export const PinView = memo(function PinView({ id, x, y, r, fill, lost, selected, focused, badge, title, ariaLabel }: PinViewProps) {
  // Rings stack outwards: finding, selection, keyboard focus.
  let ring = r + 1;
  const badgeR = badge ? (ring += 2.5) : 0;
  const selectedR = selected ? (ring += 3) : 0;
  const focusR = focused ? (ring += 3) : 0;
  return (
    <g
      data-map-id={id}
      role="button"
      tabIndex={0}
      aria-label={ariaLabel}
      aria-pressed={selected}
      transform={`translate(${round(x)},${round(y)})`}
      className="cursor-pointer"
      style={{ outline: "none" }}
    >
      <title>{title}</title>
      {focused ? <circle r={focusR} fill="none" stroke={FOCUS_COLOUR} strokeWidth={2} strokeDasharray="3 2" /> : null}
      {selected ? <circle r={selectedR} fill="#ffffff" fillOpacity={0.7} stroke={SELECTED_COLOUR} strokeWidth={2} /> : null}
      {badge ? <circle r={badgeR} fill="#ffffff" stroke={SEVERITY_COLOURS[badge]} strokeWidth={2} /> : null}
      <circle
        r={r}
        fill={fill}
        stroke={lost ? LOST_COLOUR : "#ffffff"}
        strokeWidth={1.5}
      />
    </g>
  );
});

const round = (v: number) => Math.round(v * 10) / 10;
