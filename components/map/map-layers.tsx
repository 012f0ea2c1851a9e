"use client";

// The map's drawing, back to front: sea and land, arcs, pins, labels, then the links' keyboard stops.
// Arcs and land are drawn in map space under the zoom transform; pins and labels on screen.

import { arcOpacity, formatMs, LOST_COLOUR, PROVIDER_COLOURS, rttColour, type Severity } from "./map-geometry";
import { ArcFocusStop, ArcView, PinView } from "./map-items";
import type { MapLabels } from "./map-labels";
import { linkAriaLabel, linkTooltip, regionAriaLabel, regionTooltip, type MapLink, type MapModel } from "./map-model";
import type { ScreenArc, ScreenPin } from "./map-screen";
import { BORDER_STROKE, LABEL_FILL, LAND_FILL, OCEAN_FILL, REGION_LABEL_PX, RTT_LABEL_FILL, RTT_LABEL_PX } from "./map-style";

/** What every item layer needs to know about the state of the design. */
interface ItemState {
  model: MapModel;
  selectedIds: ReadonlySet<string>;
  lostRegionIds: ReadonlySet<string>;
}

const isLinkLost = (lostRegionIds: ReadonlySet<string>, l: MapLink) => lostRegionIds.has(l.from.id) || lostRegionIds.has(l.to.id);

/** The fill of a pin lost in a simulated outage (also shown in the legend). */
export function LostHatchPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="4" height="4" fill="#f2f4f7" />
        <line x1="0" y1="0" x2="0" y2="4" stroke={LOST_COLOUR} strokeWidth="1.6" />
      </pattern>
    </defs>
  );
}

export function BaseMapLayer({ width, height, land, borders, transform }: { width: number; height: number; land: string; borders: string; transform: string }) {
  return (
    <>
      <rect width={width} height={height} fill={OCEAN_FILL} />
      <g transform={transform} aria-hidden="true" pointerEvents="none">
        <path d={land} fill={LAND_FILL} />
        <path d={borders} fill="none" stroke={BORDER_STROKE} strokeWidth={0.7} vectorEffect="non-scaling-stroke" />
      </g>
    </>
  );
}

export function ArcLayer({ model, selectedIds, lostRegionIds, badges, arcs, focusedId, transform }: ItemState & {
  badges: ReadonlyMap<string, Severity>;
  arcs: readonly ScreenArc[];
  focusedId: string | null;
  transform: string;
}) {
  const baseOpacity = arcOpacity(model.links.length);
  return (
    <g aria-hidden="true" transform={transform}>
      {model.links.map((l, i) => {
        const lost = isLinkLost(lostRegionIds, l);
        const badge = badges.get(l.id);
        return (
          <ArcView
            key={l.id}
            id={l.id}
            d={(arcs[i] as ScreenArc).d}
            colour={lost ? LOST_COLOUR : rttColour(l.rttMs)}
            dashed={lost ? "3 4" : l.source === "estimated" ? "6 4" : undefined}
            lost={lost}
            opacity={lost ? 0.8 : baseOpacity}
            selected={selectedIds.has(l.id)}
            focused={focusedId === l.id}
            badge={badge}
            title={linkTooltip(l, { lost, badge })}
          />
        );
      })}
    </g>
  );
}

export function PinLayer({ model, selectedIds, lostRegionIds, badges, pins, focusedId, lostFill }: ItemState & {
  badges: ReadonlyMap<string, Severity>;
  pins: readonly ScreenPin[];
  focusedId: string | null;
  lostFill: string;
}) {
  return (
    <g>
      {pins.map((p) => {
        const r = model.regionsById.get(p.id);
        if (!r) return null;
        const lost = lostRegionIds.has(r.id);
        const badge = badges.get(r.id);
        const selected = selectedIds.has(r.id);
        return (
          <PinView
            key={r.id}
            id={r.id}
            x={p.x}
            y={p.y}
            r={p.r}
            fill={lost ? lostFill : PROVIDER_COLOURS[r.provider]}
            lost={lost}
            selected={selected}
            focused={focusedId === r.id}
            badge={badge}
            title={regionTooltip(r, { lost, badge })}
            ariaLabel={regionAriaLabel(r, { lost, badge, selected })}
          />
        );
      })}
    </g>
  );
}

export function LabelLayer({ model, selectedIds, lostRegionIds, labels, linksById }: ItemState & {
  labels: MapLabels;
  linksById: ReadonlyMap<string, MapLink>;
}) {
  return (
    <g className="text-slate-700" style={{ fontFamily: "inherit" }}>
      {[...labels.regions.values()].map((lab) => {
        const r = model.regionsById.get(lab.id);
        if (!r) return null;
        const lost = lostRegionIds.has(r.id);
        return (
          <text
            key={`rl-${lab.id}`}
            data-map-id={lab.id}
            aria-hidden="true"
            x={lab.x}
            y={lab.y}
            dy="0.35em"
            textAnchor={lab.anchor}
            fontSize={REGION_LABEL_PX}
            fontWeight={selectedIds.has(lab.id) ? 600 : 500}
            fill={lost ? LOST_COLOUR : LABEL_FILL}
            stroke="#ffffff"
            strokeWidth={3}
            strokeLinejoin="round"
            paintOrder="stroke"
            className="cursor-pointer"
          >
            {r.label}
          </text>
        );
      })}
      {[...labels.rtts.values()].map((lab) => {
        const l = linksById.get(lab.id);
        return l ? (
          <text
            key={`ml-${lab.id}`}
            data-map-id={lab.id}
            aria-hidden="true"
            x={lab.x}
            y={lab.y}
            dy="0.35em"
            textAnchor="middle"
            fontSize={RTT_LABEL_PX}
            fontWeight={selectedIds.has(lab.id) ? 600 : 400}
            fill={RTT_LABEL_FILL}
            stroke="#ffffff"
            strokeWidth={3}
            strokeLinejoin="round"
            paintOrder="stroke"
            className="cursor-pointer tabular-nums"
          >
            {formatMs(l.rttMs)}
          </text>
        ) : null;
      })}
    </g>
  );
}

/**
 * Keyboard stops for links, drawn after the pins so Tab visits regions first. They are empty: the
 * visible arc (drawn under the pins) shows focus and selection; these carry the name.
 */
export function LinkFocusStops({ model, selectedIds, lostRegionIds, badges }: ItemState & { badges: ReadonlyMap<string, Severity> }) {
  return (
    <g>
      {model.links.map((l) => {
        const lost = isLinkLost(lostRegionIds, l);
        const badge = badges.get(l.id);
        const selected = selectedIds.has(l.id);
        return <ArcFocusStop key={l.id} id={l.id} ariaLabel={linkAriaLabel(l, { lost, badge, selected })} selected={selected} />;
      })}
    </g>
  );
}
