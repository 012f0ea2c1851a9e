// Seeded randomness for the simulator: the same seed gives the same answer on every machine, in the
// browser, the server and the CLI. xoroshiro128+ from pure-rand supplies 32-bit words; two make a double.

import { xoroshiro128plus, type RandomGenerator } from "pure-rand";

export interface SeededRandom {
  /** The seed this stream started from, reported with every result so a run can be repeated. */
  readonly seed: number;
  /** Uniform in [0, 1), 53 bits. */
  uniform(): number;
  /** Standard normal (mean 0, standard deviation 1). */
  normal(): number;
  /** An independent stream for a sub-task (a proposer, a worker's share of trials), derived from this seed. */
  fork(stream: number): SeededRandom;
}

/** Seeds are 32-bit unsigned integers; anything else is reduced to one. */
export function normalizeSeed(seed: number): number {
  if (!Number.isFinite(seed)) return 0;
  return Math.trunc(seed) >>> 0;
}

const TWO_POW_32 = 0x1_0000_0000;
const TWO_POW_53 = 2 ** 53;

export function createRandom(seed: number): SeededRandom {
  const normalized = normalizeSeed(seed);
  const generator: RandomGenerator = xoroshiro128plus(normalized);
  let spareNormal: number | undefined;
  const word = () => generator.unsafeNext() >>> 0;
  const uniform = () => ((word() >>> 5) * 2 ** 26 + (word() >>> 6)) / TWO_POW_53;
  return {
    seed: normalized,
    uniform,
    normal() {
      if (spareNormal !== undefined) {
        const value = spareNormal;
        spareNormal = undefined;
        return value;
      }
      // Box-Muller: two uniforms give two independent normals; 1 - u keeps the logarithm finite.
      const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
      const angle = 2 * Math.PI * uniform();
      spareNormal = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
    fork(stream: number) {
      // A splitmix-style mix of (seed, stream) so neighbouring streams share no visible structure.
      let z = (normalized + Math.imul(normalizeSeed(stream) + 1, 0x9e3779b9)) >>> 0;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return createRandom((z ^ (z >>> 16)) % TWO_POW_32);
    },
  };
}
