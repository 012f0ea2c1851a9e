import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { generateTopology } from "@/bench/generate-topology";
import { addLink, addNodeGroup, addRegion, setPosition } from "@/lib/domain/edit";
import { PROVIDERS, type TopologyDocument } from "@/lib/domain/schema";
import { starterDocument } from "@/lib/domain/starter";
import { getTemplate } from "@/lib/domain/templates";
import { layoutRegions } from "./auto-layout";
import { providerRect, type Rect, REGION_W, regionHeight, regionRects } from "./geometry";

const small = produce(starterDocument("L"), (d) => {
  const a = addRegion(d, "aws", "us-east-1");
  const b = addRegion(d, "gcp", "europe-west1");
  const c = addRegion(d, "azure", "westeurope");
  addNodeGroup(d, a, { role: "validator" });
  addLink(d, "eastus", a);
  addLink(d, a, b);
  addLink(d, c, b);
});

/**
 * Links as real designs have them, in every provider: a hub with four spokes, a chain, a pair, the rest alone;
 * and between providers, the hubs in a chain and one more link back.
 */
function linked(doc: TopologyDocument): TopologyDocument {
  return produce(doc, (d) => {
    const of = PROVIDERS.map((p) => d.regions.filter((r) => r.provider === p).map((r) => r.id));
    for (const ids of of) {
      for (let i = 1; i <= 4 && i < ids.length; i++) addLink(d, ids[0]!, ids[i]!);
      for (let i = 6; i <= 10 && i < ids.length; i++) addLink(d, ids[i - 1]!, ids[i]!);
      if (ids.length > 12) addLink(d, ids[11]!, ids[12]!);
    }
    addLink(d, of[0]![0]!, of[1]![0]!);
    addLink(d, of[1]![0]!, of[2]![0]!);
    addLink(d, of[2]![1]!, of[0]![1]!);
  });
}

/** The document with the positions saved, as the designer does, and the boxes the canvas then draws. */
async function laidOut(doc: TopologyDocument) {
  const positions = await layoutRegions(doc);
  expect([...positions.keys()].sort()).toEqual(doc.regions.map((r) => r.id).sort());
  const saved = produce(doc, (d) => {
    for (const [id, p] of positions) setPosition(d, id, p.x, p.y);
  });
  const counts = new Map<string, number>();
  for (const g of doc.nodeGroups) counts.set(g.regionId, (counts.get(g.regionId) ?? 0) + 1);
  const rects = regionRects(saved, counts);
  for (const r of doc.regions) {
    expect(rects.get(r.id)).toEqual({ ...positions.get(r.id), width: REGION_W, height: regionHeight(counts.get(r.id) ?? 0) });
  }
  const bands = PROVIDERS.flatMap((p) => {
    const regions = doc.regions.filter((r) => r.provider === p).map((r) => rects.get(r.id)!);
    return regions.length ? [{ band: providerRect(regions)!, regions }] : [];
  });
  const minX = Math.min(...bands.map((b) => b.band.x)), minY = Math.min(...bands.map((b) => b.band.y));
  const width = Math.max(...bands.map((b) => b.band.x + b.band.width)) - minX;
  const height = Math.max(...bands.map((b) => b.band.y + b.band.height)) - minY;
  return { rects, bands, width, height };
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
const distance = (a: Rect, b: Rect) => Math.hypot(a.x + a.width / 2 - b.x - b.width / 2, a.y + a.height / 2 - b.y - b.height / 2);

function expectTidy({ rects, bands }: Awaited<ReturnType<typeof laidOut>>) {
  const all = [...rects];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) expect(overlaps(all[i]![1], all[j]![1]), `${all[i]![0]} overlaps ${all[j]![0]}`).toBe(false);
  for (const { band, regions } of bands) for (const region of regions) expect(inside(region, band)).toBe(true);
  for (let i = 0; i < bands.length; i++) for (let j = i + 1; j < bands.length; j++) expect(overlaps(bands[i]!.band, bands[j]!.band)).toBe(false);
}

/** The average length of a link, over the average distance between two regions. */
function linkLengthRatio(doc: TopologyDocument, rects: ReadonlyMap<string, Rect>) {
  const links = doc.links.reduce((sum, l) => sum + distance(rects.get(l.from)!, rects.get(l.to)!), 0) / doc.links.length;
  let pairs = 0, count = 0;
  for (let i = 0; i < doc.regions.length; i++)
    for (let j = i + 1; j < doc.regions.length; j++, count++) pairs += distance(rects.get(doc.regions[i]!.id)!, rects.get(doc.regions[j]!.id)!);
  return links / (pairs / count);
}

describe("auto-layout", () => {
  it("places every region without overlaps", async () => {
    expectTidy(await laidOut(small));
  });

  it.each([
    ["1,000 groups in 100 regions", generateTopology(1000)],
    ["150 groups in 15 regions", generateTopology(150, 15)],
  ])("packs unlinked regions (%s) in a grid per provider, wider than tall, not in one column", async (_, doc) => {
    const result = await laidOut(doc);
    expectTidy(result);
    // Before: 264 x 67,222 for 100 regions and 264 x 10,272 for 15, everything in one column.
    expect(result.width / result.height).toBeGreaterThanOrEqual(1);
    expect(result.width / result.height).toBeLessThanOrEqual(3);
  });

  it.each([
    ["1,000 groups in 100 regions", linked(generateTopology(1000))],
    ["150 groups in 15 regions", linked(generateTopology(150, 15))],
    ["300 groups in 30 regions", linked(generateTopology(300, 30))],
  ])("keeps linked regions (%s) near each other, providers apart, the whole wider than tall", async (_, doc) => {
    const result = await laidOut(doc);
    expectTidy(result);
    expect(result.width / result.height).toBeGreaterThanOrEqual(1);
    expect(result.width / result.height).toBeLessThanOrEqual(3);
    expect(linkLengthRatio(doc, result.rects)).toBeLessThan(0.6);
  });

  it("keeps a small linked design compact", async () => {
    for (const doc of [small, getTemplate("hub-spoke-dr")!.document, getTemplate("global-multicloud-5-region")!.document]) {
      const result = await laidOut(doc);
      expectTidy(result);
      expect(result.width / result.height).toBeGreaterThanOrEqual(1);
      expect(linkLengthRatio(doc, result.rects)).toBeLessThanOrEqual(1.1);
    }
  });

  it("is deterministic", async () => {
    const doc = linked(generateTopology(300, 30));
    expect([...(await layoutRegions(doc))]).toEqual([...(await layoutRegions(doc))]);
  });
});
