// Pure helpers of the topology map: colours, sizes, label crowding, zoom arithmetic.
// No React and no DOM, so they run under vitest's node environment.

import { geoInterpolate, geoPath, type GeoContext, type GeoProjection } from "d3-geo";
import { type Provider, regionKeyOf } from "@/lib/domain/region-key";

/** [longitude, latitude] in degrees, the order d3-geo and GeoJSON use. */
export type LonLat = [number, number];
export type Point = [number, number];

// ---------------------------------------------------------------------------------------------
// Colours. Providers and severities take the theme's CSS variables (app/globals.css `@theme`), with
// the same hex as a fallback so the map also renders outside the app (static markup, tests).

export const PROVIDER_COLOURS: Readonly<Record<Provider, string>> = {
  azure: "var(--color-azure, #0a66c2)",
  aws: "var(--color-aws, #c25e00)",
  gcp: "var(--color-gcp, #188038)",
};

export type Severity = "error" | "warning" | "info";

export const SEVERITY_COLOURS: Readonly<Record<Severity, string>> = {
  error: "var(--color-sev-error, #b42318)",
  warning: "var(--color-sev-warning, #b54708)",
  info: "var(--color-sev-info, #175cd3)",
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: "error", warning: "warning", info: "info" };

/** Greyed-out parts of the map: regions lost in a simulated outage and their links. */
export const LOST_COLOUR = "#98a2b3";
/** Ring around selected pins and halo under selected arcs. */
export const SELECTED_COLOUR = "#101828";
/** Keyboard focus ring; the same blue as the app's `:focus-visible` outline. */
export const FOCUS_COLOUR = "#1d4ed8";

/**
 * Round-trip time bands of the link colour scale, fastest first. The hues are picked to stay clear of
 * the provider colours (Azure blue, AWS orange, GCP green), so an arc never reads as a provider.
 */
export const RTT_BANDS = [
  { maxMs: 30, colour: "#0e9384", label: "< 30 ms", name: "fast" },
  { maxMs: 100, colour: "#d29a06", label: "30–100 ms", name: "moderate" },
  { maxMs: Number.POSITIVE_INFINITY, colour: "#d92d20", label: "≥ 100 ms", name: "slow" },
] as const;

export type RttBand = (typeof RTT_BANDS)[number];

export function rttBand(ms: number): RttBand {
  for (const band of RTT_BANDS) if (ms < band.maxMs) return band;
  return RTT_BANDS[RTT_BANDS.length - 1] as RttBand;
}

/** The arc colour of a round-trip time in ms: teal under 30 ms, amber under 100 ms, red above. */
export function rttColour(ms: number): string {
  return rttBand(ms).colour;
}

/**
 * Arc opacity for a map with `count` links: clear for a few, fainter for hundreds, so a dense mesh
 * stays a texture the pins and the selection stand out from.
 */
export function arcOpacity(count: number): number {
  if (count <= 50) return 0.9;
  return Math.max(0.3, 0.9 * Math.sqrt(50 / count));
}

/** Beyond this many links, "NN ms" labels are shown only for the selection and the links of selected regions. */
export const MAX_RTT_LABELS = 40;

/** "12 ms", "143 ms"; sub-millisecond times as "<1 ms". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "– ms";
  if (ms < 1) return "<1 ms";
  return `${Math.round(ms)} ms`;
}

// ---------------------------------------------------------------------------------------------
// Sizes.

/** Pin radius in px: grows with the square root of the region's node count, between 5 and 11 px. */
export function pinRadius(nodeCount: number): number {
  const n = Math.max(0, nodeCount);
  return Math.min(11, Math.max(5, 4.5 + 1.3 * Math.sqrt(n)));
}

// ---------------------------------------------------------------------------------------------
// Arcs.

/** The great-circle midpoint of a link, projected; null when the projection can't place it. */
export function arcMidpoint(projection: GeoProjection, a: LonLat, b: LonLat): Point | null {
  const mid = geoInterpolate(a, b)(0.5);
  const p = projection(mid);
  return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? [p[0], p[1]] : null;
}

/**
 * A link's great circle, projected once per map size: polylines in map space (more than one when the
 * arc crosses the map's edge) with each point's fraction of the way along, so the drawn arc can be bent
 * to meet pins that were nudged apart (see `separatePins`).
 */
export interface ArcGeometry {
  lines: Point[][];
  /** Per point, 0 at the start of the link and 1 at its end. */
  ts: number[][];
  /** Map-space midpoint of the great circle, where the RTT label goes. */
  mid: Point | null;
}

class PolylineRecorder implements GeoContext {
  lines: Point[][] = [];
  private current: Point[] | null = null;
  moveTo(x: number, y: number): void {
    this.current = [[x, y]];
    this.lines.push(this.current);
  }
  lineTo(x: number, y: number): void {
    if (this.current) this.current.push([x, y]);
    else this.moveTo(x, y);
  }
  closePath(): void {}
  beginPath(): void {}
  arc(): void {}
}

/** Projects the great circle from `a` to `b` into polylines (adaptive resampling, edge clipping by d3-geo). */
export function projectArc(projection: GeoProjection, a: LonLat, b: LonLat): ArcGeometry {
  const recorder = new PolylineRecorder();
  geoPath(projection, recorder)({ type: "LineString", coordinates: [a, b] });
  let lines = recorder.lines.filter((l) => l.length > 0);
  const pa = projection(a);
  const pb = projection(b);
  let total = 0;
  for (const line of lines) for (let i = 1; i < line.length; i++) total += dist(line[i - 1] as Point, line[i] as Point);
  // Regions in the same city: no curve to draw, but the link still needs a visible, clickable line.
  if (total < 0.5 && pa && pb) {
    lines = [[[pa[0], pa[1]], [pb[0], pb[1]]]];
    return { lines, ts: [[0, 1]], mid: [(pa[0] + pb[0]) / 2, (pa[1] + pb[1]) / 2] };
  }
  let run = 0;
  const ts = lines.map((line) =>
    line.map((p, i) => {
      if (i > 0) run += dist(line[i - 1] as Point, p);
      return total > 0 ? run / total : 0;
    }),
  );
  return { lines, ts, mid: arcMidpoint(projection, a, b) };
}

function dist(a: Point, b: Point): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * SVG path data of an arc under a zoom transform, optionally shifted from `shiftFrom` at its start to
 * `shiftTo` at its end (to meet pins that were nudged apart). The map calls it with the identity once per
 * size and draws the result under the zoom transform.
 */
export function arcPathData(g: ArcGeometry, t: ZoomTransform, shiftFrom: Point = [0, 0], shiftTo: Point = [0, 0]): string {
  let d = "";
  g.lines.forEach((line, li) => {
    const ts = g.ts[li] as number[];
    line.forEach((p, i) => {
      const f = ts[i] ?? 0;
      const x = t.x + t.k * p[0] + (1 - f) * shiftFrom[0] + f * shiftTo[0];
      const y = t.y + t.k * p[1] + (1 - f) * shiftFrom[1] + f * shiftTo[1];
      d += `${i === 0 ? "M" : "L"}${round1(x)},${round1(y)}`;
    });
  });
  return d;
}

// ---------------------------------------------------------------------------------------------
// Pins in the same place (Azure eastus and AWS us-east-1 are both in Ashburn) are nudged apart on
// screen, a few px at most, so each stays visible and clickable.

export interface PinCircle {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface SeparateOptions {
  /** Allowed overlap as a fraction of the smaller radius (0 = pins may only touch). */
  overlap?: number;
  /** No pin moves further than this from its true place, px. */
  maxShift?: number;
  iterations?: number;
}

/** Screen-space nudges (dx, dy) for pins that overlap too much; pins that don't move are left out. */
export function separatePins(pins: readonly PinCircle[], options: SeparateOptions = {}): Map<string, Point> {
  const overlap = options.overlap ?? 0.35;
  const maxShift = options.maxShift ?? 14;
  const iterations = options.iterations ?? 8;
  const n = pins.length;
  const xs = pins.map((p) => p.x);
  const ys = pins.map((p) => p.y);
  // Sort by x so each pin is only compared with neighbours within reach.
  const order = pins.map((_, i) => i);
  const maxR = pins.reduce((m, p) => Math.max(m, p.r), 0);
  for (let it = 0; it < iterations; it++) {
    order.sort((i, j) => (xs[i] as number) - (xs[j] as number));
    let moved = false;
    for (let a = 0; a < n; a++) {
      const i = order[a] as number;
      const pi = pins[i] as PinCircle;
      for (let b = a + 1; b < n; b++) {
        const j = order[b] as number;
        const pj = pins[j] as PinCircle;
        const dx0 = (xs[j] as number) - (xs[i] as number);
        if (dx0 > 2 * maxR + 1) break;
        const dy0 = (ys[j] as number) - (ys[i] as number);
        const need = pi.r + pj.r - overlap * Math.min(pi.r, pj.r);
        let d = Math.hypot(dx0, dy0);
        if (d >= need) continue;
        let ux: number;
        let uy: number;
        if (d < 1e-6) {
          // Same spot: split along a direction fixed by the pair, so the result is deterministic.
          const angle = ((Math.min(i, j) * 7 + Math.max(i, j) * 3) % 12) * (Math.PI / 6);
          ux = Math.cos(angle);
          uy = Math.sin(angle);
          if (i > j) {
            ux = -ux;
            uy = -uy;
          }
          d = 0;
        } else {
          ux = dx0 / d;
          uy = dy0 / d;
        }
        const push = (need - d) / 2;
        xs[i] = (xs[i] as number) - ux * push;
        ys[i] = (ys[i] as number) - uy * push;
        xs[j] = (xs[j] as number) + ux * push;
        ys[j] = (ys[j] as number) + uy * push;
        moved = true;
      }
    }
    // Keep every pin near its true place.
    for (let i = 0; i < n; i++) {
      const p = pins[i] as PinCircle;
      const dx = (xs[i] as number) - p.x;
      const dy = (ys[i] as number) - p.y;
      const len = Math.hypot(dx, dy);
      if (len > maxShift) {
        xs[i] = p.x + (dx / len) * maxShift;
        ys[i] = p.y + (dy / len) * maxShift;
      }
    }
    if (!moved) break;
  }
  const shifts = new Map<string, Point>();
  pins.forEach((p, i) => {
    const dx = (xs[i] as number) - p.x;
    const dy = (ys[i] as number) - p.y;
    if (Math.abs(dx) > 0.01 || Math.abs(dy) > 0.01) shifts.set(p.id, [dx, dy]);
  });
  return shifts;
}

// ---------------------------------------------------------------------------------------------
// Label crowding: greedy placement, most important label first; a label that would overlap a pin, an
// earlier label or the edge of the map is left out (the pin's tooltip still names the region).

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Rectangles bucketed in a uniform grid, so overlap queries stay cheap with a thousand labels. */
export class RectIndex {
  private readonly cells = new Map<string, Rect[]>();
  constructor(private readonly cellSize = 64) {}

  add(rect: Rect): void {
    this.forCells(rect, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(rect);
      else this.cells.set(key, [rect]);
    });
  }

  overlaps(rect: Rect, ignore?: Rect): boolean {
    let hit = false;
    this.forCells(rect, (key) => {
      if (hit) return;
      for (const other of this.cells.get(key) ?? []) {
        if (other !== ignore && rectsOverlap(rect, other)) {
          hit = true;
          return;
        }
      }
    });
    return hit;
  }

  private forCells(rect: Rect, visit: (key: string) => void): void {
    const s = this.cellSize;
    const x0 = Math.floor(rect.x / s);
    const x1 = Math.floor((rect.x + rect.w) / s);
    const y0 = Math.floor(rect.y / s);
    const y1 = Math.floor((rect.y + rect.h) / s);
    for (let i = x0; i <= x1; i++) for (let j = y0; j <= y1; j++) visit(`${i},${j}`);
  }
}

/** Estimated width of a label in px (no DOM to measure with): a sans-serif averages ~0.58 em per character. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.58;
}

export interface PinObstacle {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface LabelRequest {
  id: string;
  text: string;
  /** Anchor point: a pin's centre (with `r` its radius) or an arc's midpoint (r = 0, centred label). */
  x: number;
  y: number;
  r: number;
  /** Higher is placed first. */
  priority: number;
}

export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  box: Rect;
}

export interface LabelLayoutOptions {
  fontSize: number;
  width: number;
  height: number;
  /** Space kept between a label and whatever it must not touch, px. */
  gap?: number;
  /** Where labels go relative to the anchor: beside a pin (right, left, above or below) or centred on it. */
  mode: "beside" | "centred";
}

/** Box of a pin (a little larger than the circle) as an obstacle for labels. */
export function pinBox(pin: PinObstacle): Rect {
  return { x: pin.x - pin.r - 1, y: pin.y - pin.r - 1, w: 2 * pin.r + 2, h: 2 * pin.r + 2 };
}

/**
 * Places labels without overlaps. `occupied` holds pins and earlier labels and is extended with every
 * label placed, so region labels and then RTT labels can share one index. A label's own pin is ignored
 * as an obstacle through `ownBoxes`.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  occupied: RectIndex,
  options: LabelLayoutOptions,
  ownBoxes?: ReadonlyMap<string, Rect>,
): Map<string, PlacedLabel> {
  const { fontSize, width, height, mode } = options;
  const gap = options.gap ?? 3;
  const h = Math.ceil(fontSize * 1.25);
  const placed = new Map<string, PlacedLabel>();
  const order = [...requests].sort((a, b) => b.priority - a.priority);

  for (const req of order) {
    const w = estimateTextWidth(req.text, fontSize) + 4;
    const candidates: PlacedLabel[] =
      mode === "centred"
        ? [{ id: req.id, x: req.x, y: req.y, anchor: "middle", box: { x: req.x - w / 2, y: req.y - h / 2, w, h } }]
        : [
            // Right, left, above, below: the first that fits wins.
            { id: req.id, x: req.x + req.r + gap, y: req.y, anchor: "start", box: { x: req.x + req.r + gap - 2, y: req.y - h / 2, w, h } },
            { id: req.id, x: req.x - req.r - gap, y: req.y, anchor: "end", box: { x: req.x - req.r - gap - w + 2, y: req.y - h / 2, w, h } },
            { id: req.id, x: req.x, y: req.y - req.r - gap - h / 2, anchor: "middle", box: { x: req.x - w / 2, y: req.y - req.r - gap - h, w, h } },
            { id: req.id, x: req.x, y: req.y + req.r + gap + h / 2, anchor: "middle", box: { x: req.x - w / 2, y: req.y + req.r + gap, w, h } },
          ];
    const own = ownBoxes?.get(req.id);
    for (const c of candidates) {
      const b = c.box;
      if (b.x < 0 || b.y < 0 || b.x + b.w > width || b.y + b.h > height) continue;
      if (occupied.overlaps(b, own)) continue;
      occupied.add(b);
      placed.set(req.id, c);
      break;
    }
  }
  return placed;
}

// ---------------------------------------------------------------------------------------------
// Zoom: a plain affine transform, screen = t + k · map, kept so the map always covers the viewport.

export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY_ZOOM: ZoomTransform = Object.freeze({ k: 1, x: 0, y: 0 });
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;

/** Keeps the scale within [1, 8] and the translated map over the whole viewport (no empty margins). */
export function clampZoom(t: ZoomTransform, width: number, height: number): ZoomTransform {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, t.k));
  const x = Math.min(0, Math.max(width - width * k, t.x));
  const y = Math.min(0, Math.max(height - height * k, t.y));
  return { k, x, y };
}

/** Scales by `factor` around a screen point, which stays where it is. */
export function zoomAround(t: ZoomTransform, point: Point, factor: number, width: number, height: number): ZoomTransform {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, t.k * factor));
  const ratio = k / t.k;
  return clampZoom({ k, x: point[0] - (point[0] - t.x) * ratio, y: point[1] - (point[1] - t.y) * ratio }, width, height);
}

/** Most a fit zooms in: one region alone, or regions in one city, still show their surroundings. */
export const MAX_FIT_ZOOM = 6;

/**
 * The zoom that frames the given map-space points with room for labels: the whole world (k = 1) for a
 * world-spanning design, Europe for a European one.
 */
export function fitZoom(points: readonly Point[], width: number, height: number, padX = 90, padY = 50): ZoomTransform {
  if (points.length === 0) return IDENTITY_ZOOM;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  const availW = Math.max(1, width - 2 * padX);
  const availH = Math.max(1, height - 2 * padY);
  const k = Math.min(MAX_FIT_ZOOM, Math.max(MIN_ZOOM, Math.min(availW / Math.max(x1 - x0, 1e-9), availH / Math.max(y1 - y0, 1e-9))));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return clampZoom({ k, x: width / 2 - k * cx, y: height / 2 - k * cy }, width, height);
}

export function applyZoom(t: ZoomTransform, p: Point): Point {
  return [t.x + t.k * p[0], t.y + t.k * p[1]];
}

/** Screen to map space, rounded to 0.01 px of the map (enough for path data). */
export function unapplyZoom(t: ZoomTransform, p: Point): Point {
  return [Math.round(((p[0] - t.x) / t.k) * 100) / 100, Math.round(((p[1] - t.y) / t.k) * 100) / 100];
}

// ---------------------------------------------------------------------------------------------
// Notes.

/** "2 regions not on the map: a (azure:x), b (aws:y)"; null when every region is on the map. */
export function describeUnplaced(regions: readonly { id: string; provider: Provider; region: string }[]): string | null {
  if (regions.length === 0) return null;
  const names = regions.map((r) => `${r.id} (${regionKeyOf(r)})`).join(", ");
  return `${regions.length} region${regions.length === 1 ? "" : "s"} not on the map: ${names}`;
}
