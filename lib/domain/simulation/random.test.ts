import { describe, expect, it } from "vitest";
import { createRandom, normalizeSeed } from "./random";

describe("seeded random", () => {
  it("gives the same stream for the same seed and a different one for another", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const take = (r: ReturnType<typeof createRandom>) => Array.from({ length: 5 }, () => r.uniform());
    const first = take(a);
    expect(take(b)).toEqual(first);
    expect(take(c)).not.toEqual(first);
  });

  it("draws uniforms in [0, 1) with the right mean and normals with mean 0 and variance 1", () => {
    const r = createRandom(7);
    let sum = 0;
    let min = 1;
    let max = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const u = r.uniform();
      sum += u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(sum / n).toBeCloseTo(0.5, 2);
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      s1 += z;
      s2 += z * z;
    }
    expect(s1 / n).toBeCloseTo(0, 1);
    expect(s2 / n).toBeCloseTo(1, 1);
  });

  it("forks independent, repeatable streams", () => {
    const parent = createRandom(1);
    expect(parent.fork(3).uniform()).toBe(createRandom(1).fork(3).uniform());
    expect(parent.fork(3).uniform()).not.toBe(parent.fork(4).uniform());
  });

  it("reduces any number to a 32-bit seed", () => {
    expect(normalizeSeed(-1)).toBe(4294967295);
    expect(normalizeSeed(Number.NaN)).toBe(0);
    expect(normalizeSeed(12.9)).toBe(12);
  });
});
