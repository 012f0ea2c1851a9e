import { geoNaturalEarth1 } from "d3-geo";
import { describe, expect, it } from "vitest";
import {
  RectIndex,
  arcMidpoint,
  arcOpacity,
  arcPathData,
  clampZoom,
  describeUnplaced,
  fitZoom,
  formatMs,
  pinRadius,
  placeLabels,
  projectArc,
  rectsOverlap,
  rttBand,
  rttColour,
  separatePins,
  unapplyZoom,
  applyZoom,
  zoomAround,
  type LabelRequest,
  type LonLat,
} from "./map-geometry";

const projection = geoNaturalEarth1().fitSize([1000, 500], { type: "Sphere" });
const AMSTERDAM: LonLat = [4.9, 52.37];
const ASHBURN: LonLat = [-77.49, 39.04];
const SINGAPORE: LonLat = [103.71, 1.34];

describe("rttColour", () => {
  it("bands round-trip times: under 30 ms, under 100 ms, 100 ms and more", () => {
    expect(rttBand(0).name).toBe("fast");
    expect(rttBand(29.9).name).toBe("fast");
    expect(rttBand(30).name).toBe("moderate");
    expect(rttBand(99.9).name).toBe("moderate");
    expect(rttBand(100).name).toBe("slow");
    expect(rttBand(400).name).toBe("slow");
    expect(new Set([rttColour(5), rttColour(50), rttColour(150)]).size).toBe(3);
  });

  it("formats times with their unit", () => {
    expect(formatMs(83.4)).toBe("83 ms");
    expect(formatMs(0.4)).toBe("<1 ms");
    expect(formatMs(Number.NaN)).toBe("– ms");
  });

  it("fades arcs only when there are many", () => {
    expect(arcOpacity(10)).toBe(0.9);
    expect(arcOpacity(1000)).toBeLessThan(arcOpacity(200));
    expect(arcOpacity(100_000)).toBe(0.3);
  });
});

describe("pinRadius", () => {
  it("grows with node count within 5–11 px", () => {
    expect(pinRadius(0)).toBe(5);
    expect(pinRadius(4)).toBeGreaterThan(pinRadius(1));
    expect(pinRadius(1000)).toBe(11);
  });
});

describe("arcs", () => {
  it("puts the midpoint on the great circle, not halfway across the flat map", () => {
    const mid = arcMidpoint(projection, AMSTERDAM, ASHBURN);
    const a = projection(AMSTERDAM)!;
    const b = projection(ASHBURN)!;
    expect(mid).not.toBeNull();
    // Between the two in x, and north (up on screen) of the straight line between them.
    expect(mid![0]).toBeGreaterThan(Math.min(a[0], b[0]));
    expect(mid![0]).toBeLessThan(Math.max(a[0], b[0]));
    expect(mid![1]).toBeLessThan((a[1] + b[1]) / 2);
  });

  it("projects a great circle into polylines that run from one end to the other", () => {
    const g = projectArc(projection, AMSTERDAM, SINGAPORE);
    expect(g.lines.length).toBeGreaterThanOrEqual(1);
    const first = g.lines[0]![0]!;
    const last = g.lines.at(-1)!.at(-1)!;
    const a = projection(AMSTERDAM)!;
    const b = projection(SINGAPORE)!;
    expect(Math.hypot(first[0] - a[0], first[1] - a[1])).toBeLessThan(0.5);
    expect(Math.hypot(last[0] - b[0], last[1] - b[1])).toBeLessThan(0.5);
    expect(g.ts[0]![0]).toBe(0);
    expect(g.ts.at(-1)!.at(-1)).toBeCloseTo(1, 6);
  });

  it("draws regions in the same city as a straight line between them", () => {
    const g = projectArc(projection, ASHBURN, ASHBURN);
    expect(g.lines).toHaveLength(1);
    expect(g.lines[0]).toHaveLength(2);
    expect(arcPathData(g, { k: 1, x: 0, y: 0 }, [-5, 0], [5, 0])).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
  });

  it("bends path data to meet nudged pins and follows the zoom", () => {
    const g = { lines: [[[0, 0], [10, 0]] as [number, number][]], ts: [[0, 1]], mid: null };
    expect(arcPathData(g, { k: 2, x: 1, y: 1 })).toBe("M1,1L21,1");
    expect(arcPathData(g, { k: 1, x: 0, y: 0 }, [0, 3], [0, -3])).toBe("M0,3L10,-3");
  });
});

describe("label crowding", () => {
  const opts = { fontSize: 10, width: 400, height: 200, mode: "beside" as const };

  it("places a label to the right of its pin when there is room", () => {
    const placed = placeLabels([{ id: "a", text: "West Europe", x: 100, y: 100, r: 6, priority: 0 }], new RectIndex(), opts);
    expect(placed.get("a")?.anchor).toBe("start");
    expect(placed.get("a")!.x).toBeGreaterThan(106);
  });

  it("falls back to the left at the right edge of the map", () => {
    const placed = placeLabels([{ id: "a", text: "West Europe", x: 395, y: 100, r: 4, priority: 0 }], new RectIndex(), opts);
    expect(placed.get("a")?.anchor).toBe("end");
  });

  it("drops the less important of two labels that can't both fit", () => {
    const occupied = new RectIndex();
    // Two pins at the same spot: the second label has nowhere left to go once the first took the right…
    const requests: LabelRequest[] = [
      { id: "small", text: "North Europe", x: 100, y: 100, r: 5, priority: 1 },
      { id: "big", text: "West Europe", x: 100, y: 100, r: 5, priority: 9 },
      { id: "third", text: "Germany West Central", x: 100, y: 100, r: 5, priority: 0 },
      { id: "fourth", text: "France Central", x: 100, y: 100, r: 5, priority: -1 },
      { id: "fifth", text: "Switzerland North", x: 100, y: 100, r: 5, priority: -2 },
    ];
    const placed = placeLabels(requests, occupied, opts);
    expect(placed.get("big")?.anchor).toBe("start");
    expect(placed.get("small")?.anchor).toBe("end");
    expect(placed.has("fifth")).toBe(false);
    const boxes = [...placed.values()].map((p) => p.box);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(rectsOverlap(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it("keeps labels off other pins and reserved areas", () => {
    const occupied = new RectIndex();
    occupied.add({ x: 112, y: 95, w: 10, h: 10 }); // a pin to the right
    occupied.add({ x: 0, y: 0, w: 80, h: 200 }); // the legend to the left
    const placed = placeLabels([{ id: "a", text: "Paris", x: 105, y: 100, r: 4, priority: 0 }], occupied, opts);
    expect(placed.get("a")?.anchor).toBe("middle");
    expect(placed.get("a")!.y).toBeLessThan(100); // above the pin
  });

  it("indexes rectangles across grid cells", () => {
    const index = new RectIndex(10);
    const big = { x: 5, y: 5, w: 100, h: 3 };
    index.add(big);
    expect(index.overlaps({ x: 90, y: 6, w: 2, h: 2 })).toBe(true);
    expect(index.overlaps({ x: 90, y: 20, w: 2, h: 2 })).toBe(false);
    expect(index.overlaps({ x: 90, y: 6, w: 2, h: 2 }, big)).toBe(false);
  });
});

describe("separatePins", () => {
  it("splits pins at the same spot and leaves distant pins alone", () => {
    const shifts = separatePins([
      { id: "azure-eastus", x: 100, y: 100, r: 6 },
      { id: "aws-us-east-1", x: 100, y: 100, r: 6 },
      { id: "far", x: 300, y: 100, r: 6 },
    ]);
    const a = shifts.get("azure-eastus")!;
    const b = shifts.get("aws-us-east-1")!;
    const apart = Math.hypot(100 + b[0] - (100 + a[0]), 100 + b[1] - (100 + a[1]));
    expect(apart).toBeGreaterThanOrEqual(6 + 6 - 0.35 * 6 - 0.01);
    expect(shifts.has("far")).toBe(false);
  });

  it("never moves a pin further than maxShift", () => {
    const pins = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, x: 50, y: 50, r: 10 }));
    for (const [dx, dy] of separatePins(pins, { maxShift: 8 }).values()) expect(Math.hypot(dx, dy)).toBeLessThanOrEqual(8.0001);
  });

  it("is deterministic", () => {
    const pins = [
      { id: "a", x: 1, y: 1, r: 5 },
      { id: "b", x: 1, y: 1, r: 5 },
      { id: "c", x: 2, y: 1, r: 5 },
    ];
    expect([...separatePins(pins)]).toEqual([...separatePins(pins)]);
  });
});

describe("zoom", () => {
  it("keeps the map over the whole viewport", () => {
    expect(clampZoom({ k: 0.5, x: 10, y: 10 }, 100, 50)).toEqual({ k: 1, x: 0, y: 0 });
    expect(clampZoom({ k: 2, x: -500, y: 5 }, 100, 50)).toEqual({ k: 2, x: -100, y: 0 });
  });

  it("zooms around the pointer, which stays put", () => {
    const t = zoomAround({ k: 1, x: 0, y: 0 }, [30, 20], 2, 100, 50);
    expect(t.k).toBe(2);
    expect(applyZoom(t, [30, 20])).toEqual([30, 20]);
    expect(unapplyZoom(t, applyZoom(t, [12.5, 7]))).toEqual([12.5, 7]);
  });

  it("fits the regions: the world for a global design, closer for a regional one", () => {
    const pts = (lls: LonLat[]) => lls.map((ll) => projection(ll) as [number, number]);
    const inView = (t: ReturnType<typeof fitZoom>, points: [number, number][]) =>
      points.every((p) => {
        const [x, y] = applyZoom(t, p);
        return x >= 0 && x <= 1000 && y >= 0 && y <= 500;
      });
    const global = pts([ASHBURN, SINGAPORE, AMSTERDAM]);
    const europe = pts([AMSTERDAM, [-6.26, 53.35], [8.68, 50.11]]);
    const globalFit = fitZoom(global, 1000, 500);
    const europeFit = fitZoom(europe, 1000, 500);
    expect(globalFit.k).toBeLessThan(2);
    expect(europeFit.k).toBeGreaterThan(3 * globalFit.k);
    expect(inView(globalFit, global)).toBe(true);
    expect(inView(europeFit, europe)).toBe(true);
    expect(fitZoom([], 1000, 500)).toEqual({ k: 1, x: 0, y: 0 });
  });
});

describe("describeUnplaced", () => {
  it("lists regions the map can't place", () => {
    expect(describeUnplaced([])).toBeNull();
    expect(
      describeUnplaced([
        { id: "a", provider: "aws", region: "mars-north-1" },
        { id: "b", provider: "gcp", region: "moon1" },
      ]),
    ).toBe("2 regions not on the map: a (aws:mars-north-1), b (gcp:moon1)");
  });
});
