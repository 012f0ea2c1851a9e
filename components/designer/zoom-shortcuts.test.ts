import { describe, expect, it, vi } from "vitest";
import { zoomActionOf, zoomCanvas } from "./zoom-shortcuts";

describe("zoom shortcuts", () => {
  it("maps +, =, - and 0 to zoom in, out and 100%", () => {
    expect(["+", "=", "-", "0"].map(zoomActionOf)).toEqual(["in", "in", "out", "actual"]);
  });

  it("leaves every other key alone, including the designer's letters", () => {
    expect(["f", "z", "l", "m", "e", "?", "1", "_", "Escape"].map(zoomActionOf)).toEqual(Array(9).fill(undefined));
  });

  it("zooms the canvas with a short animation, 100% being zoom 1", async () => {
    const zoomed = async (..._args: unknown[]) => true;
    const flow = { zoomIn: vi.fn(zoomed), zoomOut: vi.fn(zoomed), zoomTo: vi.fn(zoomed) };
    await zoomCanvas(flow, "in");
    await zoomCanvas(flow, "out");
    await zoomCanvas(flow, "actual");
    expect(flow.zoomIn).toHaveBeenCalledWith({ duration: expect.any(Number) });
    expect(flow.zoomOut).toHaveBeenCalledOnce();
    expect(flow.zoomTo).toHaveBeenCalledWith(1, { duration: expect.any(Number) });
    expect((flow.zoomTo.mock.calls[0]![1] as { duration: number }).duration).toBeLessThanOrEqual(300);
  });
});
