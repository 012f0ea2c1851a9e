import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { generateTopology } from "@/bench/generate-topology";
import { addRegion, setPosition } from "@/lib/domain/edit";
import { PROVIDERS, type TopologyDocument } from "@/lib/domain/schema";
import { starterDocument } from "@/lib/domain/starter";
import { getTemplate } from "@/lib/domain/templates";
import { GRID_GAP, providerRect, type Rect, regionRects } from "./geometry";

const groupCounts = (doc: TopologyDocument) => {
  const counts = new Map<string, number>();
  for (const g of doc.nodeGroups) counts.set(g.regionId, (counts.get(g.regionId) ?? 0) + 1);
  return counts;
};
const rectsOf = (doc: TopologyDocument) => regionRects(doc, groupCounts(doc));
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** What the canvas draws: the region boxes, the provider bands around them, and the box around everything. */
function drawn(doc: TopologyDocument, rects: ReadonlyMap<string, Rect>) {
  const bands = PROVIDERS.flatMap((provider) => {
    const regions = doc.regions.filter((r) => r.provider === provider).map((r) => rects.get(r.id)!);
    const band = providerRect(regions);
    return band ? [{ provider, band, regions }] : [];
  });
  const minX = Math.min(...bands.map((b) => b.band.x)), minY = Math.min(...bands.map((b) => b.band.y));
  const maxX = Math.max(...bands.map((b) => b.band.x + b.band.width)), maxY = Math.max(...bands.map((b) => b.band.y + b.band.height));
  return { bands, width: maxX - minX, height: maxY - minY };
}

/** No two regions overlap, every region is inside its provider's band, and no two bands overlap. */
function expectTidy(doc: TopologyDocument, rects: ReadonlyMap<string, Rect>) {
  const all = doc.regions.map((r) => [r.id, rects.get(r.id)!] as const);
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) expect(overlaps(all[i]![1], all[j]![1]), `${all[i]![0]} overlaps ${all[j]![0]}`).toBe(false);
  const { bands } = drawn(doc, rects);
  for (const { band, regions } of bands) for (const region of regions) expect(inside(region, band)).toBe(true);
  for (let i = 0; i < bands.length; i++)
    for (let j = i + 1; j < bands.length; j++) expect(overlaps(bands[i]!.band, bands[j]!.band), `${bands[i]!.provider} band overlaps ${bands[j]!.provider}`).toBe(false);
}

describe("default region layout", () => {
  it("keeps small designs (up to three regions per provider) in one column per provider, as before", () => {
    // Rects from the one-column layout before the grid existed.
    expect(Object.fromEntries(rectsOf(generateTopology(30, 3)))).toEqual({
      r0: { x: 16, y: 46, width: 232, height: 650 },
      r1: { x: 344, y: 46, width: 232, height: 650 },
      r2: { x: 672, y: 46, width: 232, height: 650 },
    });
    expect(Object.fromEntries(rectsOf(generateTopology(20, 9)))).toEqual({
      r0: { x: 16, y: 46, width: 232, height: 230 },
      r1: { x: 344, y: 46, width: 232, height: 230 },
      r2: { x: 672, y: 46, width: 232, height: 170 },
      r3: { x: 16, y: 312, width: 232, height: 170 },
      r4: { x: 344, y: 312, width: 232, height: 170 },
      r5: { x: 672, y: 252, width: 232, height: 170 },
      r6: { x: 16, y: 518, width: 232, height: 170 },
      r7: { x: 344, y: 518, width: 232, height: 170 },
      r8: { x: 672, y: 458, width: 232, height: 170 },
    });
    expect(Object.fromEntries(rectsOf(getTemplate("eu-gdpr-azure-qbft")!.document))).toEqual({
      westeurope: { x: 16, y: 46, width: 232, height: 230 },
      northeurope: { x: 16, y: 312, width: 232, height: 110 },
      germanywestcentral: { x: 16, y: 458, width: 232, height: 230 },
    });
    expect(Object.fromEntries(rectsOf(getTemplate("global-multicloud-5-region")!.document))).toEqual({
      eastus: { x: 16, y: 46, width: 232, height: 230 },
      westeurope: { x: 16, y: 312, width: 232, height: 170 },
      "aws-us-west-2": { x: 344, y: 46, width: 232, height: 230 },
      "aws-ap-southeast-1": { x: 344, y: 312, width: 232, height: 170 },
      "gcp-europe-west4": { x: 672, y: 46, width: 232, height: 230 },
    });
  });

  it.each([
    ["1,000 groups in 100 regions", generateTopology(1000)],
    ["150 groups in 15 regions", generateTopology(150, 15)],
    ["200 groups in 40 regions", generateTopology(200, 40)],
  ])("lays a large design (%s) out wider than tall, not as one tall column per provider", (_, doc) => {
    const rects = rectsOf(doc);
    expectTidy(doc, rects);
    const { width, height } = drawn(doc, rects);
    // Before: 920 x 23,350 for 100 regions and 920 x 3,456 for 15, a thin strip.
    expect(width / height).toBeGreaterThanOrEqual(1);
    expect(width / height).toBeLessThanOrEqual(3);
  });

  it("puts a provider's regions in rows: several columns, each row top-aligned, the next one a gap below its tallest region", () => {
    const doc = produce(generateTopology(1000), (d) => {
      // Uneven heights, so that the tallest region of a row decides where the next row starts.
      d.nodeGroups = d.nodeGroups.filter((g, i) => Number(g.regionId.slice(1)) % 4 !== 1 || i < 400);
    });
    const rects = rectsOf(doc);
    for (const provider of PROVIDERS) {
      const regions = doc.regions.filter((r) => r.provider === provider).map((r) => rects.get(r.id)!);
      const rowTops = [...new Set(regions.map((r) => r.y))].sort((a, b) => a - b);
      const columns = new Set(regions.map((r) => r.x));
      expect(rowTops.length).toBeGreaterThan(1);
      expect(columns.size).toBeGreaterThan(1);
      for (let row = 0; row + 1 < rowTops.length; row++) {
        const tallest = Math.max(...regions.filter((r) => r.y === rowTops[row]).map((r) => r.height));
        expect(rowTops[row + 1]).toBe(rowTops[row]! + tallest + GRID_GAP.y);
      }
    }
  });

  it("leaves the other regions where they were when one region is moved", () => {
    const doc = generateTopology(150, 15);
    const before = rectsOf(doc);
    const after = rectsOf(produce(doc, (d) => setPosition(d, "r4", 9000, 9000)));
    expect(after.get("r4")).toMatchObject({ x: 9000, y: 9000 });
    for (const r of doc.regions) if (r.id !== "r4") expect(after.get(r.id)).toEqual(before.get(r.id));
  });

  it("moves a region without a saved position off a saved region that covers its spot", () => {
    const doc = generateTopology(150, 15);
    const spot = rectsOf(doc).get("r3")!;
    const covered = produce(doc, (d) => setPosition(d, "r0", spot.x + 20, spot.y + 20));
    const rects = rectsOf(covered);
    expect(rects.get("r0")).toMatchObject({ x: spot.x + 20, y: spot.y + 20 });
    const all = [...rects.values()];
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(overlaps(all[i]!, all[j]!)).toBe(false);

    // The same in a small design's one-column layout.
    const small = produce(starterDocument("S"), (d) => {
      const aws = addRegion(d, "aws", "us-east-1");
      setPosition(d, aws, 30, 60);
    });
    const smallRects = rectsOf(small);
    expect(smallRects.get("aws-us-east-1")).toMatchObject({ x: 30, y: 60 });
    expect(overlaps(smallRects.get("eastus")!, smallRects.get("aws-us-east-1")!)).toBe(false);
  });
});
