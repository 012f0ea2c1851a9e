import { geoNaturalEarth1 } from "d3-geo";
import { describe, expect, it } from "vitest";
import { TopologyDocumentSchema } from "@/lib/domain/schema";
import { IDENTITY_ZOOM, projectArc, type Point } from "./map-geometry";
import { layoutLabels, reservedAreas } from "./map-labels";
import { buildMapModel } from "./map-model";
import { mapSpaceArcPaths, NO_SHIFT, screenArcs, screenPins } from "./map-screen";

// Two regions in the same city (one pin each, on the same spot) and one across the Atlantic.
const doc = TopologyDocumentSchema.parse({
  schemaVersion: 1,
  name: "screen",
  network: { client: "besu", consensus: "qbft", chainId: 1337 },
  regions: [
    { id: "a", provider: "aws", region: "us-east-1", primary: true, cidr: "10.1.0.0/16" },
    { id: "b", provider: "aws", region: "us-east-1", cidr: "10.2.0.0/16" },
    { id: "weu", provider: "azure", region: "westeurope", cidr: "10.3.0.0/16" },
  ],
  nodeGroups: [],
  links: [
    { id: "same-city", from: "a", to: "b", kind: "peering" },
    { id: "atlantic", from: "a", to: "weu", kind: "vpn" },
  ],
});
const model = buildMapModel(doc.regions, doc.nodeGroups, doc.links);
const projection = geoNaturalEarth1().fitExtent([[0, 0], [960, 540]], { type: "Sphere" });
const regionPoints = new Map(model.regions.map((r) => [r.id, projection(r.lonLat) as Point]));
const arcGeometry = model.links.map((l) => projectArc(projection, l.from.lonLat, l.to.lonLat));

describe("the map on screen", () => {
  const pins = screenPins(model, regionPoints, IDENTITY_ZOOM);
  const byId = new Map(pins.map((p) => [p.id, p]));
  const arcs = screenArcs(model, arcGeometry, mapSpaceArcPaths(arcGeometry), byId, IDENTITY_ZOOM);

  it("nudges pins that share a spot apart, and leaves the others where they are", () => {
    const [a, b, weu] = ["a", "b", "weu"].map((id) => byId.get(id)!);
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(a!.r);
    expect(a!.shift).not.toBe(NO_SHIFT);
    expect(weu!.shift).toBe(NO_SHIFT);
    expect([weu!.x, weu!.y]).toEqual(regionPoints.get("weu"));
  });

  it("joins nudged pins with a short straight line and keeps the great circle for the rest", () => {
    const [sameCity, atlantic] = arcs;
    expect(sameCity!.d).toMatch(/^M[-\d.e]+,[-\d.e]+L[-\d.e]+,[-\d.e]+$/);
    expect(atlantic!.d).toBe(mapSpaceArcPaths(arcGeometry)[1]);
    expect(atlantic!.mid).not.toBeNull();
  });

  it("keeps labels off the legend and the zoom buttons, and labels every region with room", () => {
    const reserved = reservedAreas(960, 540, { width: 275, height: 92 });
    const labels = layoutLabels(model, pins, arcs, new Set(["weu"]), new Set(), reserved, 960, 540);
    expect([...labels.regions.keys()].sort()).toEqual(["a", "b", "weu"]);
    for (const lab of [...labels.regions.values(), ...labels.rtts.values()]) {
      for (const r of reserved) expect(lab.x >= r.x && lab.x <= r.x + r.w && lab.y >= r.y && lab.y <= r.y + r.h).toBe(false);
    }
  });
});
