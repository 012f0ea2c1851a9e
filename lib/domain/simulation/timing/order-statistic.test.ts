import { describe, expect, it } from "vitest";
import { createRandom } from "../random";
import { ArrivalList } from "./order-statistic";

function listOf(entries: [number, number][]): ArrivalList {
  const list = new ArrivalList(2);
  for (const [time, weight] of entries) list.push(time, weight);
  return list;
}

describe("the quorum-th arrival", () => {
  it("counts each message as many times as validators sent it", () => {
    const entries: [number, number][] = [[5, 1], [1, 2], [3, 1], [Infinity, 1], [2, 3]];
    // Expanded and sorted: 1 1 2 2 2 3 5 Infinity
    const expected = [1, 1, 2, 2, 2, 3, 5, Infinity, Infinity];
    expected.forEach((time, i) => expect(listOf(entries).quorumArrival(i + 1)).toBe(time));
    expect(listOf(entries).quorumArrival(0)).toBe(-Infinity);
  });

  it("drops zero weights and agrees with sorting on random lists", () => {
    const random = createRandom(5);
    for (let trial = 0; trial < 200; trial++) {
      const entries: [number, number][] = Array.from({ length: 1 + Math.floor(random.uniform() * 12) }, () => [
        Math.floor(random.uniform() * 6), Math.floor(random.uniform() * 4),
      ]);
      const expanded = entries.flatMap(([time, weight]) => Array<number>(weight).fill(time)).sort((a, b) => a - b);
      const q = 1 + Math.floor(random.uniform() * (expanded.length + 2));
      expect(listOf(entries).quorumArrival(q)).toBe(expanded[q - 1] ?? Infinity);
    }
  });
});
