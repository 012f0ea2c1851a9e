import { describe, expect, it } from "vitest";
import { generateTopology } from "@/bench/generate-topology";
import { deriveFlow } from "./derive-flow";
import { fittedViewport } from "./fitted-viewport";

const FIT = { padding: 0.2, minZoom: 0.1, maxZoom: 1.1 };
const PANE = { width: 1000, height: 600 };

/** Where a flow rectangle lands on screen under a viewport. */
function onScreen(rect: { x: number; y: number; width: number; height: number }, v: { x: number; y: number; zoom: number }) {
  return { left: rect.x * v.zoom + v.x, top: rect.y * v.zoom + v.y, right: (rect.x + rect.width) * v.zoom + v.x, bottom: (rect.y + rect.height) * v.zoom + v.y };
}

describe("fittedViewport", () => {
  it("shows every box of a derived design inside the pane, centred", () => {
    const { nodes } = deriveFlow({ doc: generateTopology(40, 6), selection: new Set(), badges: new Map(), lostRegionIds: new Set(), rttBetween: () => undefined });
    const v = fittedViewport(nodes, PANE, FIT);
    const top = nodes.filter((n) => !n.parentId).map((n) => onScreen({ ...n.position, width: n.width!, height: n.height! }, v));
    const left = Math.min(...top.map((b) => b.left));
    const right = Math.max(...top.map((b) => b.right));
    const upper = Math.min(...top.map((b) => b.top));
    const lower = Math.max(...top.map((b) => b.bottom));
    expect(left).toBeGreaterThanOrEqual(0);
    expect(upper).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(PANE.width);
    expect(lower).toBeLessThanOrEqual(PANE.height);
    // Centred on both axes, and one axis fills the pane up to the padding.
    expect(left).toBeCloseTo(PANE.width - right, 3);
    expect(upper).toBeCloseTo(PANE.height - lower, 3);
    expect(Math.max((right - left) / PANE.width, (lower - upper) / PANE.height)).toBeGreaterThan(0.6);
  });

  it("bounds children by their parents: a child's relative position does not widen the view", () => {
    const parent = { position: { x: 100, y: 100 }, width: 200, height: 100 };
    const child = { position: { x: 5000, y: 5000 }, width: 10, height: 10, parentId: "p" };
    expect(fittedViewport([parent, child], PANE, FIT)).toEqual(fittedViewport([parent], PANE, FIT));
  });

  it("never zooms past the limits", () => {
    const tiny = [{ position: { x: 0, y: 0 }, width: 10, height: 10 }];
    expect(fittedViewport(tiny, PANE, FIT).zoom).toBe(FIT.maxZoom);
    const huge = [{ position: { x: 0, y: 0 }, width: 1e6, height: 1e6 }];
    expect(fittedViewport(huge, PANE, FIT).zoom).toBe(FIT.minZoom);
  });

  it("starts a design too large to fit at its top left, not its middle", () => {
    const tall = [{ position: { x: 0, y: 0 }, width: 200, height: 50_000 }, { position: { x: 400, y: 0 }, width: 200, height: 100 }];
    const v = fittedViewport(tall, PANE, FIT);
    expect(v.zoom).toBe(FIT.minZoom);
    expect(v.y).toBe(16); // the top edge, just inside the pane
    const fitsAcross = (600 * v.zoom) < PANE.width;
    expect(fitsAcross).toBe(true);
    expect(v.x).toBeCloseTo((PANE.width - 600 * v.zoom) / 2, 6); // still centred across, where it fits
  });

  it("leaves an empty design, or a pane with no size yet, at 100%", () => {
    expect(fittedViewport([], PANE, FIT)).toEqual({ x: 0, y: 0, zoom: 1 });
    expect(fittedViewport([{ position: { x: 0, y: 0 }, width: 10, height: 10 }], { width: 0, height: 0 }, FIT)).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});
