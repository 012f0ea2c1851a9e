// The order in which validators propose. Besu rotates over the validators sorted by address; addresses are
// hashes of keys the design does not have yet, so their order is a random permutation of the validators:
// drawn here from the seed (Fisher-Yates), so the same seed gives the same order.

import type { SeededRandom } from "../random";

/** The rotation's own stream (forked from the root seed), apart from the rounds' streams. */
export const ROTATION_STREAM = 0x524f54;

/** A seeded permutation of 0 .. count - 1. */
export function rotationOrder(count: number, random: SeededRandom): Int32Array {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random.uniform() * (i + 1));
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  return order;
}
