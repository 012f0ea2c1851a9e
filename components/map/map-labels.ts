// Labels where there is room: region names first, then "NN ms" at arc midpoints, clear of the pins,
// the legend and the zoom buttons. Selected items are labelled before the rest.

import {
  formatMs,
  MAX_RTT_LABELS,
  pinBox,
  placeLabels,
  RectIndex,
  type LabelRequest,
  type PlacedLabel,
  type Point,
  type Rect,
} from "./map-geometry";
import type { MapModel } from "./map-model";
import { REGION_LABEL_PX, RTT_LABEL_PX } from "./map-style";

export interface MapLabels {
  regions: Map<string, PlacedLabel>;
  rtts: Map<string, PlacedLabel>;
}

/** The screen areas labels keep off: the legend (bottom left, measured) and the zoom buttons (top right). */
export function reservedAreas(width: number, height: number, legend: { width: number; height: number }): Rect[] {
  return [
    { x: 0, y: height - legend.height - 12, w: legend.width + 12, h: legend.height + 12 },
    { x: width - 44, y: 0, w: 44, h: 100 },
  ];
}

export function layoutLabels(
  model: MapModel,
  pins: readonly { id: string; x: number; y: number; r: number }[],
  arcs: readonly { mid: Point | null }[],
  selectedIds: ReadonlySet<string>,
  lostRegionIds: ReadonlySet<string>,
  reserved: readonly Rect[],
  width: number,
  height: number,
): MapLabels {
  const occupied = new RectIndex();
  for (const r of reserved) occupied.add(r);
  const ownBoxes = new Map<string, Rect>();
  for (const p of pins) {
    if (p.x < -p.r || p.y < -p.r || p.x > width + p.r || p.y > height + p.r) continue;
    const box = pinBox(p);
    occupied.add(box);
    ownBoxes.set(p.id, box);
  }
  const regionRequests: LabelRequest[] = pins.map((p) => {
    const r = model.regionsById.get(p.id);
    return { id: p.id, text: r?.label ?? p.id, x: p.x, y: p.y, r: p.r, priority: (r?.primary ? 1e4 : 0) + (r?.nodeCount ?? 0) };
  });
  const rttRequests: LabelRequest[] = [];
  const labelAll = model.links.length <= MAX_RTT_LABELS;
  model.links.forEach((l, i) => {
    const mid = arcs[i]?.mid;
    if (!mid || lostRegionIds.has(l.from.id) || lostRegionIds.has(l.to.id)) return;
    const touchesSelection = selectedIds.has(l.from.id) || selectedIds.has(l.to.id);
    if (!labelAll && !touchesSelection && !selectedIds.has(l.id)) return;
    rttRequests.push({ id: l.id, text: formatMs(l.rttMs), x: mid[0], y: mid[1], r: 0, priority: (touchesSelection ? 1e5 : 0) - i });
  });

  // Selected items are labelled first, then the other regions, then the other links.
  const isSelected = (r: LabelRequest) => selectedIds.has(r.id);
  const regionOptions = { fontSize: REGION_LABEL_PX, width, height, mode: "beside" } as const;
  const rttOptions = { fontSize: RTT_LABEL_PX, width, height, mode: "centred" } as const;
  const regions = placeLabels(regionRequests.filter(isSelected), occupied, regionOptions, ownBoxes);
  const rtts = placeLabels(rttRequests.filter(isSelected), occupied, rttOptions);
  for (const [id, lab] of placeLabels(regionRequests.filter((r) => !isSelected(r)), occupied, regionOptions, ownBoxes)) regions.set(id, lab);
  for (const [id, lab] of placeLabels(rttRequests.filter((r) => !isSelected(r)), occupied, rttOptions)) rtts.set(id, lab);
  return { regions, rtts };
}
