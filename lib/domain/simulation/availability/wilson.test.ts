import { describe, expect, it } from "vitest";
import { wilsonInterval, Z_95 } from "./wilson";

describe("Wilson interval", () => {
  it("keeps an upper end when nothing was seen: z^2 / (n + z^2)", () => {
    const { low, high } = wilsonInterval(0, 1_000_000);
    expect(low).toBe(0);
    expect(high).toBeCloseTo((Z_95 * Z_95) / (1_000_000 + Z_95 * Z_95), 18);
  });

  it("is symmetric around one half and narrows with more trials", () => {
    const small = wilsonInterval(50, 100);
    expect(small.low + small.high).toBeCloseTo(1, 15);
    const large = wilsonInterval(5_000, 10_000);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
    expect(wilsonInterval(10, 10).high).toBe(1);
  });
});
