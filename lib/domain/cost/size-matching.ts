// Closeness of machine shapes: the one measure that size equivalence and unlisted-size estimates share.

import type { Provider } from "../schema/enums";
import { perProvider } from "./per-provider";
import { VM_SIZES, type SizeClass, type VmSizeSpec } from "./prices";

export interface SizeShape {
  readonly vcpu: number;
  readonly memoryGiB: number;
  readonly sizeClass: SizeClass;
}

/**
 * Doubling or halving vCPU or memory costs 1, and so does a different class: a memory-optimised size of the
 * same vCPUs (double the memory) is no closer than a general-purpose size of the same class one step away.
 */
const CLASS_MISMATCH_PENALTY = 1;

export function shapeDistance(a: SizeShape, b: SizeShape): number {
  return (
    Math.abs(Math.log2(a.vcpu / b.vcpu)) +
    Math.abs(Math.log2(a.memoryGiB / b.memoryGiB)) +
    (a.sizeClass === b.sizeClass ? 0 : CLASS_MISMATCH_PENALTY)
  );
}

/** The closest of `candidates` to `shape`; ties go to the cheaper size, then the name, so results are stable. */
export function closestSize(shape: SizeShape, candidates: readonly VmSizeSpec[]): VmSizeSpec | undefined {
  let best: VmSizeSpec | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const score = shapeDistance(shape, c);
    if (
      best === undefined ||
      score < bestScore - 1e-9 ||
      (Math.abs(score - bestScore) <= 1e-9 && (c.hourlyUsd < best.hourlyUsd || (c.hourlyUsd === best.hourlyUsd && c.name < best.name)))
    ) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

const TARGETS: Readonly<Record<Provider, readonly VmSizeSpec[]>> = perProvider((p) => VM_SIZES[p].filter((s) => s.equivalenceTarget));

/** The closest equivalence target on `targetProvider` to an already-resolved spec. */
export function equivalentOfSpec(spec: SizeShape, targetProvider: Provider): VmSizeSpec {
  const match = closestSize(spec, TARGETS[targetProvider]);
  // Every provider's table has targets, so this only guards against an emptied table.
  if (!match) throw new Error(`no ${targetProvider} sizes in the price table`);
  return match;
}
