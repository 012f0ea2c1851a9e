import { describe, expect, it } from "vitest";
import { createHighsSolver } from "./highs";

const solve = createHighsSolver();

describe("HiGHS adapter", () => {
  it("solves a small MILP to proven optimality", async () => {
    // min 3x + 2y + 5b, x + y >= 7, x <= 4b, x, y in [0, 5] integer: y = 5, x = 2, b = 1 -> 6 + 10 + 5 = 21.
    const s = await solve("Minimize\n obj: 3 x + 2 y + 5 b\nSubject To\n c1: x + y >= 7\n c2: x - 4 b <= 0\nBounds\n 0 <= x <= 5\n 0 <= y <= 5\nGenerals\n x y\nBinaries\n b\nEnd\n");
    expect(s.status).toBe("optimal");
    expect(s.objective).toBe(21);
    expect(Object.fromEntries(s.values)).toEqual({ x: 2, y: 5, b: 1 });
    expect(s.gapPercent).toBe(0);
    expect([s.columns, s.rows]).toEqual([3, 2]);
  });

  it("reports infeasibility without a point", async () => {
    const s = await solve("Minimize\n obj: x\nSubject To\n c: x >= 3\nBounds\n 0 <= x <= 2\nEnd\n");
    expect(s.status).toBe("infeasible");
    expect(s.values.size).toBe(0);
  });

  it("answers unreadable LP text with an error and keeps working", async () => {
    const bad = await solve("Minimize\n obj: x +\nSubject To garbage");
    expect(bad.status).toBe("error");
    const good = await solve("Minimize\n obj: x\nSubject To\n c: x >= 1\nEnd\n");
    expect(good.status).toBe("optimal");
    expect(good.objective).toBe(1);
  });
});
