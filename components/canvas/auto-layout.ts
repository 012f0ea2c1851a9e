import type { ELK as Elk, ElkNode } from "elkjs/lib/elk-api";
import { PROVIDERS, type Provider, type TopologyDocument } from "@/lib/domain/schema";
import {
  BAND_FRAME, BAND_GAP, GRID_GAP, packBands, PROVIDER_HEADER, PROVIDER_PAD, REGION_W, regionHeight, shelve, TARGET_ASPECT,
} from "./geometry";

// ELK is over a megabyte of script: loaded on the first layout, not with the designer.
let elk: Promise<Elk> | undefined;
const loadElk = () => (elk ??= import("elkjs/lib/elk.bundled.js").then(({ default: ELK }) => new ELK()));

/** Space between the regions of a linked group, and between its layers. */
const SPACING = 48;
const LAYER_SPACING = 96;

type Point = { x: number; y: number };
/** A region's top-left corner relative to the box holding it, and its height. */
type Placed = Point & { height: number };
interface Box {
  width: number;
  height: number;
  regions: Map<string, Placed>;
}

/**
 * Region positions from ELK, in three steps:
 * 1. inside each provider, every group of regions joined by links is laid out on its own by ELK: chains and
 *    rings by the layered algorithm, wrapped into rows to the provider's share of a 16:10 design; groups with
 *    hubs or many links by stress, then snapped to a grid (layered would make one tall layer, or a long row);
 * 2. each provider's groups and unlinked regions go on shelves as the default layout's grid does (`packBands`),
 *    the width of every provider chosen so that the whole design fits a 16:10 window at the largest zoom;
 * 3. the bands sit side by side, top-aligned, in the order and orientation (mirrored or not) that keeps the
 *    links between providers shortest.
 * Every position is a region's top-left corner in flow units, as `layout.positions` stores it. A design without
 * links comes out as the default grid (see `regionRects`), and does not load ELK at all.
 */
export async function layoutRegions(doc: TopologyDocument): Promise<Map<string, Point>> {
  if (doc.regions.length === 0) return new Map();
  const groupCount = new Map<string, number>();
  for (const g of doc.nodeGroups) groupCount.set(g.regionId, (groupCount.get(g.regionId) ?? 0) + 1);
  const heightOf = (id: string) => regionHeight(groupCount.get(id) ?? 0);
  const providerOf = new Map(doc.regions.map((r) => [r.id, r.provider]));
  const present = PROVIDERS.filter((p) => doc.regions.some((r) => r.provider === p));

  // A provider's share of the design's area: the shape its linked groups should wrap to, so that the bands,
  // side by side and equally tall, make a 16:10 whole.
  const areaOf = (ids: string[]) => ids.reduce((a, id) => a + (REGION_W + GRID_GAP.x) * (heightOf(id) + GRID_GAP.y), 0);
  const totalArea = areaOf(doc.regions.map((r) => r.id));
  const groups = present.map((provider) => linkedGroups(doc, provider));
  const needsElk = groups.some((list) => list.some((g) => g.ids.length > 1));
  const engine = needsElk ? await loadElk() : undefined;
  const boxes = await Promise.all(
    groups.map((list) => {
      const aspect = (TARGET_ASPECT * areaOf(list.flatMap((g) => g.ids))) / totalArea;
      return Promise.all(list.map((g) => layoutGroup(engine, g, heightOf, aspect)));
    }),
  );
  const packed = packBands(boxes, GRID_GAP, BAND_FRAME, BAND_GAP);
  const bands = new Map<Provider, Box>();
  present.forEach((provider, b) => {
    const regions = new Map<string, Placed>();
    boxes[b]!.forEach((box, i) => {
      const at = packed[b]!.at[i]!;
      for (const [id, p] of box.regions) regions.set(id, { x: at.x + p.x, y: at.y + p.y, height: p.height });
    });
    bands.set(provider, { width: packed[b]!.width, height: packed[b]!.height, regions });
  });
  return arrangeBands(doc, present, bands, providerOf);
}

/** The regions of one provider in groups joined by links between them (document order, a lone region alone). */
function linkedGroups(doc: TopologyDocument, provider: Provider) {
  const ids = doc.regions.filter((r) => r.provider === provider).map((r) => r.id);
  const parent = new Map(ids.map((id) => [id, id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const links = doc.links.filter((l) => parent.has(l.from) && parent.has(l.to));
  for (const l of links) {
    const a = root(l.from), b = root(l.to);
    if (a !== b) parent.set(b, a);
  }
  const groups = new Map<string, { ids: string[]; links: { id: string; from: string; to: string }[] }>();
  for (const id of ids) {
    const r = root(id);
    if (!groups.has(r)) groups.set(r, { ids: [], links: [] });
    groups.get(r)!.ids.push(id);
  }
  for (const l of links) groups.get(root(l.from))!.links.push(l);
  return [...groups.values()];
}

/** One group of linked regions laid out by ELK (a lone region is just its box, and needs no ELK). */
async function layoutGroup(
  engine: Elk | undefined,
  group: { ids: string[]; links: { id: string; from: string; to: string }[] },
  heightOf: (id: string) => number,
  aspect: number,
): Promise<Box> {
  if (group.ids.length === 1 || !engine) {
    const id = group.ids[0]!;
    return { width: REGION_W, height: heightOf(id), regions: new Map([[id, { x: 0, y: 0, height: heightOf(id) }]]) };
  }
  const degree = new Map<string, number>();
  for (const l of group.links) for (const end of [l.from, l.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const graph = {
    id: "group",
    children: group.ids.map((id) => ({ id, width: REGION_W, height: heightOf(id) })),
    edges: group.links.map((l) => ({ id: l.id, sources: [l.from], targets: [l.to] })),
  };
  // Chains and rings read well in layers, wrapped into rows. Hubs and meshes do not (one tall layer, or as many
  // layers as regions, slow to route): ELK's stress layout says where each region wants to be, near the ones
  // it is linked to, and the regions then take the cells of a grid in that order (rows top to bottom, each
  // left to right), so the group is as tidy as the rest of the canvas.
  if (Math.max(...degree.values()) <= 2) {
    const result = await engine.layout({
      ...graph,
      layoutOptions: {
        "elk.algorithm": "layered",
        "elk.direction": "RIGHT",
        "elk.spacing.nodeNode": `${SPACING}`,
        "elk.layered.spacing.nodeNodeBetweenLayers": `${LAYER_SPACING}`,
        "elk.layered.wrapping.strategy": "SINGLE_EDGE",
        "elk.aspectRatio": `${aspect}`,
        "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
        "elk.padding": "[top=0,left=0,bottom=0,right=0]",
      },
    });
    return normalised(result.children ?? []);
  }
  const result = await engine.layout({
    ...graph,
    layoutOptions: { "elk.algorithm": "stress", "elk.stress.desiredEdgeLength": `${REGION_W + LAYER_SPACING}` },
  });
  return snapToGrid(result.children ?? [], aspect);
}

/** Nodes laid out freely, put in the cells of the grid closest to `aspect` (width / height), keeping their order. */
function snapToGrid(children: readonly ElkNode[], aspect: number): Box {
  const centre = (c: ElkNode) => ({ x: (c.x ?? 0) + (c.width ?? 0) / 2, y: (c.y ?? 0) + (c.height ?? 0) / 2 });
  const byRow = [...children].sort((a, b) => centre(a).y - centre(b).y || centre(a).x - centre(b).x);
  let best: { box: Box; miss: number } | undefined;
  for (let columns = 1; columns <= byRow.length; columns++) {
    const ordered: ElkNode[] = [];
    for (let i = 0; i < byRow.length; i += columns) ordered.push(...byRow.slice(i, i + columns).sort((a, b) => centre(a).x - centre(b).x));
    const sizes = ordered.map((c) => ({ width: c.width ?? 0, height: c.height ?? 0 }));
    const shelves = shelve(sizes, columns * REGION_W + (columns - 1) * GRID_GAP.x, GRID_GAP);
    const miss = Math.abs(Math.log(shelves.width / shelves.height / aspect));
    if (best && miss >= best.miss) continue;
    const regions = new Map<string, Placed>(ordered.map((c, i) => [c.id, { ...shelves.at[i]!, height: sizes[i]!.height }]));
    best = { box: { width: shelves.width, height: shelves.height, regions }, miss };
  }
  return best!.box;
}

/** The children's positions moved so the top-left one touches (0, 0), and the box they fill. */
function normalised(children: readonly ElkNode[]): Box {
  const minX = Math.min(...children.map((c) => c.x ?? 0));
  const minY = Math.min(...children.map((c) => c.y ?? 0));
  const regions = new Map<string, Placed>();
  let width = 0, height = 0;
  for (const c of children) {
    const x = (c.x ?? 0) - minX, y = (c.y ?? 0) - minY;
    regions.set(c.id, { x, y, height: c.height ?? 0 });
    width = Math.max(width, x + (c.width ?? 0));
    height = Math.max(height, y + (c.height ?? 0));
  }
  return { width, height, regions };
}

/**
 * The bands side by side with BAND_GAP between them, each region inside its band's padding and under its
 * header. Of every order of the bands and every mirroring of each (a few hundred at most), the one with the
 * shortest links between providers wins; ties keep the providers' usual order, unmirrored.
 */
function arrangeBands(
  doc: TopologyDocument,
  present: readonly Provider[],
  bands: ReadonlyMap<Provider, Box>,
  providerOf: ReadonlyMap<string, Provider>,
): Map<string, Point> {
  const crossLinks = doc.links.filter((l) => providerOf.get(l.from) !== providerOf.get(l.to));
  const place = (order: readonly Provider[], flips: readonly number[]) => {
    const positions = new Map<string, Point>();
    let bandX = 0;
    order.forEach((provider, i) => {
      const band = bands.get(provider)!;
      const flip = flips[i]!;
      for (const [id, p] of band.regions) {
        const x = flip & 1 ? band.width - p.x - REGION_W : p.x;
        const y = flip & 2 ? band.height - p.y - p.height : p.y;
        // Whole units, as `setPosition` stores them (ELK's spacing keeps regions apart after rounding).
        positions.set(id, { x: Math.round(bandX + PROVIDER_PAD + x), y: Math.round(PROVIDER_HEADER + PROVIDER_PAD + y) });
      }
      bandX += band.width + BAND_FRAME.width + BAND_GAP;
    });
    return positions;
  };
  if (crossLinks.length === 0) return place(present, present.map(() => 0));

  const centre = (positions: Map<string, Point>, id: string) => {
    const p = positions.get(id)!;
    return { x: p.x + REGION_W / 2, y: p.y + bands.get(providerOf.get(id)!)!.regions.get(id)!.height / 2 };
  };
  let best: Map<string, Point> | undefined;
  let bestLength = Infinity;
  for (const order of permutations(present)) {
    for (let f = 0; f < 4 ** order.length; f++) {
      const flips = order.map((_, i) => (f >> (2 * i)) & 3);
      const positions = place(order, flips);
      let length = 0;
      for (const l of crossLinks) {
        const a = centre(positions, l.from), b = centre(positions, l.to);
        length += Math.hypot(a.x - b.x, a.y - b.y);
      }
      if (length < bestLength - 1e-6) {
        bestLength = length;
        best = positions;
      }
    }
  }
  return best!;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}
