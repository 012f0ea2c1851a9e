// Where items land on screen at a given zoom: pins nudged apart where they share a spot, and the arcs
// that meet them. Pure, so the canvas memoises each per zoom.

import {
  applyZoom,
  arcPathData,
  IDENTITY_ZOOM,
  pinRadius,
  separatePins,
  unapplyZoom,
  type ArcGeometry,
  type Point,
  type ZoomTransform,
} from "./map-geometry";
import type { MapModel } from "./map-model";

/** A pin's spot on screen; `shift` is how far it was nudged from its true place (NO_SHIFT: not at all). */
export interface ScreenPin {
  id: string;
  x: number;
  y: number;
  r: number;
  shift: Point;
}

/** An arc's path (in map space, drawn under the zoom transform) and its midpoint on screen. */
export interface ScreenArc {
  d: string;
  mid: Point | null;
}

export const NO_SHIFT: Point = [0, 0];

export function screenPins(model: MapModel, regionPoints: ReadonlyMap<string, Point>, zoom: ZoomTransform): ScreenPin[] {
  const circles = model.regions.flatMap((r) => {
    const p = regionPoints.get(r.id);
    if (!p) return [];
    const [x, y] = applyZoom(zoom, p);
    return [{ id: r.id, x, y, r: pinRadius(r.nodeCount) }];
  });
  const shifts = separatePins(circles);
  return circles.map((c) => {
    const s = shifts.get(c.id);
    return s ? { ...c, x: c.x + s[0], y: c.y + s[1], shift: s } : { ...c, shift: NO_SHIFT };
  });
}

/** Arc paths in map space, independent of the zoom: computed once per map size. */
export function mapSpaceArcPaths(arcGeometry: readonly ArcGeometry[]): string[] {
  return arcGeometry.map((g) => arcPathData(g, IDENTITY_ZOOM));
}

/**
 * Arcs keep their map-space path, so zooming redraws none of them; only a link whose two pins had to be
 * nudged apart (same city) gets a short straight line between the pins, recomputed per zoom.
 */
export function screenArcs(
  model: MapModel,
  arcGeometry: readonly ArcGeometry[],
  arcPaths: readonly string[],
  pinsById: ReadonlyMap<string, ScreenPin>,
  zoom: ZoomTransform,
): ScreenArc[] {
  return model.links.map((l, i) => {
    const g = arcGeometry[i] as ArcGeometry;
    const pa = pinsById.get(l.from.id);
    const pb = pinsById.get(l.to.id);
    const sa = pa?.shift ?? NO_SHIFT;
    const sb = pb?.shift ?? NO_SHIFT;
    const mid = g.mid ? applyZoom(zoom, g.mid) : null;
    let d = arcPaths[i] as string;
    if (pa && pb && (sa !== NO_SHIFT || sb !== NO_SHIFT)) {
      const apart = Math.hypot(pb.x - sb[0] - (pa.x - sa[0]), pb.y - sb[1] - (pa.y - sa[1]));
      if (apart < pa.r + pb.r + 4) {
        const [ax, ay] = unapplyZoom(zoom, [pa.x, pa.y]);
        const [bx, by] = unapplyZoom(zoom, [pb.x, pb.y]);
        d = `M${ax},${ay}L${bx},${by}`;
      }
    }
    return { d, mid: mid ? ([mid[0] + (sa[0] + sb[0]) / 2, mid[1] + (sa[1] + sb[1]) / 2] as Point) : null };
  });
}
