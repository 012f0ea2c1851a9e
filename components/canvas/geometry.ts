import { PROVIDERS, type Provider, type TopologyDocument } from "@/lib/domain/schema";

/** Sizes of canvas boxes, in flow units. Node groups stack inside their region; regions sit in provider bands. */
export const GROUP_W = 208;
export const GROUP_H = 52;
export const GROUP_GAP = 8;
export const REGION_PAD = 12;
export const REGION_HEADER = 46;
export const REGION_W = GROUP_W + REGION_PAD * 2;
export const EMPTY_REGION_BODY = 56;
export const PROVIDER_PAD = 16;
export const PROVIDER_HEADER = 30;
const COLUMN_W = REGION_W + 96;
const ROW_GAP = 36;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function regionHeight(groupCount: number): number {
  const body = groupCount === 0 ? EMPTY_REGION_BODY : groupCount * (GROUP_H + GROUP_GAP) - GROUP_GAP;
  return REGION_HEADER + body + REGION_PAD;
}

export function groupOffset(index: number): { x: number; y: number } {
  return { x: REGION_PAD, y: REGION_HEADER + index * (GROUP_H + GROUP_GAP) };
}

/** Gaps between the columns and between the rows of one provider's grid of regions. */
export const GRID_GAP = { x: 48, y: ROW_GAP };
/** Gap between two provider bands placed side by side (as the one-column layout has always had). */
export const BAND_GAP = COLUMN_W - REGION_W - PROVIDER_PAD * 2;
/** What a band adds to the size of its regions: padding on either side, its header and padding above and below. */
export const BAND_FRAME: Size = { width: PROVIDER_PAD * 2, height: PROVIDER_HEADER + PROVIDER_PAD * 2 };
/** Up to this many regions to place per provider, the default layout is one column per provider. */
const SINGLE_COLUMN_MAX = 3;
/** The shape the default grid aims for, as a widescreen window is: the design fits it at the largest zoom. */
export const TARGET_ASPECT = 16 / 10;

/**
 * Where each region box is: its saved position, or a default one. Layout lives in the document's `layout`,
 * apart from the model.
 *
 * The default: while no provider has more than three regions to place, one column per provider (each region
 * below the ones already placed there). Larger designs put each provider's regions in a grid of rows, in
 * document order, every row as tall as its tallest region, the provider bands side by side; the number of
 * columns of every provider is chosen so that the whole design, as a 16:10 window would show it, is as large
 * as it can be. A region without a saved position that would land on a saved one moves to the nearest free spot.
 */
export function regionRects(doc: TopologyDocument, groupsPerRegion: ReadonlyMap<string, number>): Map<string, Rect> {
  const positions = doc.layout.positions;
  const unplaced: Record<Provider, number> = { azure: 0, aws: 0, gcp: 0 };
  for (const region of doc.regions) if (!positions[region.id]) unplaced[region.provider]++;
  const rects = PROVIDERS.every((p) => unplaced[p] <= SINGLE_COLUMN_MAX)
    ? columnRects(doc, groupsPerRegion)
    : gridRects(doc, groupsPerRegion);
  keepClearOfSaved(doc, rects);
  return rects;
}

/** One column per provider, a fixed column for each provider whether or not the design uses it. */
function columnRects(doc: TopologyDocument, groupsPerRegion: ReadonlyMap<string, number>): Map<string, Rect> {
  const rects = new Map<string, Rect>();
  const nextY: Record<Provider, number> = { azure: 0, aws: 0, gcp: 0 };
  const columnOf = new Map(PROVIDERS.map((p, i) => [p, i]));
  for (const region of doc.regions) {
    const height = regionHeight(groupsPerRegion.get(region.id) ?? 0);
    const saved = doc.layout.positions[region.id];
    const x = saved?.x ?? (columnOf.get(region.provider) ?? 0) * COLUMN_W + PROVIDER_PAD;
    const y = saved?.y ?? nextY[region.provider] + PROVIDER_HEADER + PROVIDER_PAD;
    if (!saved) nextY[region.provider] = y + height + ROW_GAP - PROVIDER_HEADER - PROVIDER_PAD;
    rects.set(region.id, { x, y, width: REGION_W, height });
  }
  return rects;
}

export interface Size {
  width: number;
  height: number;
}

/** Boxes on shelves: their top-left corners (relative to the shelf's top-left) and the size they fill. */
export interface Shelves extends Size {
  at: { x: number; y: number }[];
}

/**
 * Boxes in rows, in order, left to right, a new row when the next box would make the row wider than
 * `maxWidth`, each row as tall as its tallest box. Boxes of one width make a grid.
 */
export function shelve(sizes: readonly Size[], maxWidth: number, gap: { x: number; y: number }): Shelves {
  const at: { x: number; y: number }[] = [];
  let x = 0, y = 0, rowHeight = 0, width = 0;
  for (const size of sizes) {
    if (x > 0 && x + size.width > maxWidth) {
      y += rowHeight + gap.y;
      x = 0;
      rowHeight = 0;
    }
    at.push({ x, y });
    width = Math.max(width, x + size.width);
    rowHeight = Math.max(rowHeight, size.height);
    x += size.width + gap.x;
  }
  return { width, height: sizes.length === 0 ? 0 : y + rowHeight, at };
}

/**
 * Each band's boxes on shelves (see `shelve`), with the width of every band's rows chosen together so that
 * the bands side by side, `bandGap` apart and each `frame` larger than its boxes, are as large as a
 * 16:10 window can show them; then the smaller area, then the narrower. Every row width that gives a band a new
 * first row is tried, only those that make it lower than every narrower one are kept, and all combinations of
 * these are compared (a few thousand at most for the largest designs, each a few additions).
 */
export function packBands(
  bands: readonly (readonly Size[])[],
  gap: { x: number; y: number },
  frame: Size,
  bandGap: number,
): Shelves[] {
  const options = bands.map((sizes) => {
    const widest = Math.max(0, ...sizes.map((s) => s.width));
    const tried = new Set<number>();
    const all: Shelves[] = [];
    let prefix = -gap.x;
    for (const size of sizes) {
      prefix += size.width + gap.x;
      const maxWidth = Math.max(prefix, widest);
      if (tried.has(maxWidth)) continue;
      tried.add(maxWidth);
      all.push(shelve(sizes, maxWidth, gap));
    }
    all.sort((a, b) => a.width - b.width || a.height - b.height);
    const kept: Shelves[] = [];
    for (const option of all) if (kept.length === 0 || option.height < kept[kept.length - 1]!.height) kept.push(option);
    return kept;
  });

  let best: Shelves[] = [];
  let bestScore: readonly number[] = [Infinity, Infinity, Infinity];
  const chosen: Shelves[] = [];
  const search = (index: number, width: number, height: number) => {
    if (index === options.length) {
      const w = width - bandGap;
      const score = [Math.max(w / TARGET_ASPECT, height), w * height, w];
      if (lexicallyLess(score, bestScore)) {
        bestScore = score;
        best = [...chosen];
      }
      return;
    }
    for (const option of options[index]!) {
      chosen[index] = option;
      search(index + 1, width + option.width + frame.width + bandGap, Math.max(height, option.height + frame.height));
    }
  };
  search(0, 0, 0);
  return best;
}

/**
 * Every provider's regions on shelves (see `packBands`), the provider bands side by side. All its regions
 * take part, saved or not, so that moving one region leaves the others where they were.
 */
function gridRects(doc: TopologyDocument, groupsPerRegion: ReadonlyMap<string, number>): Map<string, Rect> {
  const bands = PROVIDERS.map((provider) => doc.regions.filter((r) => r.provider === provider))
    .filter((regions) => regions.length > 0)
    .map((regions) => regions.map((r) => ({ id: r.id, width: REGION_W, height: regionHeight(groupsPerRegion.get(r.id) ?? 0) })));
  const packed = packBands(bands, GRID_GAP, BAND_FRAME, BAND_GAP);
  const rects = new Map<string, Rect>();
  let bandX = 0;
  bands.forEach((regions, b) => {
    const shelves = packed[b]!;
    regions.forEach(({ id, width, height }, i) => {
      const saved = doc.layout.positions[id];
      const at = shelves.at[i]!;
      rects.set(id, { x: saved?.x ?? bandX + PROVIDER_PAD + at.x, y: saved?.y ?? PROVIDER_HEADER + PROVIDER_PAD + at.y, width, height });
    });
    bandX += shelves.width + BAND_FRAME.width + BAND_GAP;
  });
  // Back in document order, as the caller draws them.
  return new Map(doc.regions.map((r) => [r.id, rects.get(r.id)!]));
}

function lexicallyLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Regions placed by default that a saved region covers move to the nearest spot clear of every other region. */
function keepClearOfSaved(doc: TopologyDocument, rects: Map<string, Rect>) {
  const saved: Rect[] = [];
  for (const region of doc.regions) if (doc.layout.positions[region.id]) saved.push(rects.get(region.id)!);
  if (saved.length === 0 || saved.length === doc.regions.length) return;
  for (const region of doc.regions) {
    if (doc.layout.positions[region.id]) continue;
    const rect = rects.get(region.id)!;
    if (!saved.some((s) => overlaps(s, rect))) continue;
    const others = [...rects].filter(([id]) => id !== region.id).map(([, r]) => r);
    let spot = freeSpot(others, rect, rect);
    if (others.some((r) => overlaps(r, { ...rect, ...spot }))) {
      spot = { x: rect.x, y: Math.max(...others.map((r) => r.y + r.height)) + ROW_GAP };
    }
    rects.set(region.id, { ...rect, ...spot });
  }
}

/** The smallest rectangle holding every one of `rects`; undefined for none. */
export function boundingRect(rects: Iterable<Rect>): Rect | undefined {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return minX === Infinity ? undefined : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The box drawn around one provider's regions. */
export function providerRect(rects: readonly Rect[]): Rect | undefined {
  const inner = boundingRect(rects);
  if (!inner) return undefined;
  return {
    x: inner.x - PROVIDER_PAD,
    y: inner.y - PROVIDER_PAD - PROVIDER_HEADER,
    width: inner.width + PROVIDER_PAD * 2,
    height: inner.height + PROVIDER_PAD * 2 + PROVIDER_HEADER,
  };
}

export function contains(rect: Rect, point: { x: number; y: number }): boolean {
  return point.x >= rect.x && point.x <= rect.x + rect.width && point.y >= rect.y && point.y <= rect.y + rect.height;
}

/** The region whose box holds the point (the topmost, i.e. last drawn, when boxes overlap). */
export function regionAt(rects: ReadonlyMap<string, Rect>, point: { x: number; y: number }): string | undefined {
  let found: string | undefined;
  for (const [id, rect] of rects) if (contains(rect, point)) found = id;
  return found;
}

const GAP = 24;

/** The nearest spot to the right of or below `desired` where a box of this size overlaps no region. */
export function freeSpot(rects: Iterable<Rect>, desired: { x: number; y: number }, size: { width: number; height: number }) {
  const taken = [...rects];
  const clashes = (x: number, y: number) =>
    taken.some((r) => x < r.x + r.width + GAP && r.x < x + size.width + GAP && y < r.y + r.height + GAP && r.y < y + size.height + GAP);
  for (let ring = 0; ring < 40; ring++) {
    for (const [dx, dy] of [[ring, 0], [0, ring], [ring, ring]] as const) {
      const x = desired.x + dx * (REGION_W / 2);
      const y = desired.y + dy * 60;
      if (!clashes(x, y)) return { x, y };
    }
  }
  return desired;
}
