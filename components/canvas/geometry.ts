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

/**
 * Where each region box is: its saved position, or a default one in its provider's column, below the
 * regions already placed there. Layout lives in the document's `layout`, apart from the model.
 */
export function regionRects(doc: TopologyDocument, groupsPerRegion: ReadonlyMap<string, number>): Map<string, Rect> {
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

/** The box drawn around one provider's regions. */
export function providerRect(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  const minX = Math.min(...rects.map((r) => r.x)) - PROVIDER_PAD;
  const minY = Math.min(...rects.map((r) => r.y)) - PROVIDER_PAD - PROVIDER_HEADER;
  const maxX = Math.max(...rects.map((r) => r.x + r.width)) + PROVIDER_PAD;
  const maxY = Math.max(...rects.map((r) => r.y + r.height)) + PROVIDER_PAD;
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
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
