// Corrects the distance fit with the measured pairs around an estimate's two ends.
//
// The fit (model.ts) knows distance and the average detour between two geographies; it cannot know that
// this cable lands in Marseille and that one does not. A measured pair whose ends sit near both ends of the
// pair we want has taken much the same route, so its residual (how far the fit missed it) says how far the
// fit will miss ours. The correction is a kernel-weighted mean of those residuals:
//
//   logFactor(a, b) = sum over measured (u, v) of K(a, u) K(b, v) r(u, v)  /  (sum of K(a, u) K(b, v) + shrinkage)
//   r(u, v)         = ln(measured(u, v) / fitted(u, v)),     K(x, u) = exp(-(km(x, u) / kernelKm)^2)
//
// (u, v) runs over both orders of every measured pair, so the factor is symmetric in a and b. Residuals are
// ratios, not ms: a route's detour scales with its length. The shrinkage pulls the factor to 0 (the plain
// fit) when few or only distant neighbours exist, so an estimate far from any measurement is the fit itself.
// Only the pairs passed in are ever read: cross-validation passes its training folds and nothing else.

import type { RegionInfo } from "../catalog";
import { regionKey } from "../region-key";
import type { TrainingPair } from "./fit";
import { greatCircleKm } from "./geo";

export interface NeighbourCorrectionOptions {
  /** Kernel width: a measured region this far from an end counts e^-1 as much as one on the spot, km. */
  readonly kernelKm: number;
  /** Prior weight of "no correction", in units of one neighbour pair on the spot at both ends. */
  readonly shrinkage: number;
}

/** Chosen by 10-fold cross-validation on the Azure table (bench section latencyModel). */
export const DEFAULT_NEIGHBOUR_CORRECTION: NeighbourCorrectionOptions = { kernelKm: 500, shrinkage: 0.05 };

/** Lighter neighbours are dropped: against the shrinkage, one moves an estimate by under 2% of its residual. */
const MIN_KERNEL_WEIGHT = 1e-3;

export interface NeighbourCorrection {
  /** ln(corrected / fitted) for the pair; 0 where no measured pair lies near both ends. */
  logFactor(a: RegionInfo, b: RegionInfo): number;
}

/** A region's measured neighbours: their row in the residual table and their kernel weight. */
interface Neighbours {
  readonly index: Int32Array;
  readonly weight: Float64Array;
}

/** For one end b: sum over v near b of K(b, v) r(u, v), and of K(b, v) where r(u, v) exists, for every u. */
interface EndSums {
  readonly weightedResidual: Float64Array;
  readonly weight: Float64Array;
}

/**
 * `fittedRttMs` is the estimate being corrected, evaluated at the measured pairs to get their residuals.
 * Precomputes an M×M residual table (M = measured regions). Per region, on first use: its neighbours, and
 * the residual sums over its neighbours for every u, so a pair costs one pass over the other end's neighbours.
 */
export function buildNeighbourCorrection(
  measured: readonly TrainingPair[],
  fittedRttMs: (a: RegionInfo, b: RegionInfo) => number,
  options: NeighbourCorrectionOptions = DEFAULT_NEIGHBOUR_CORRECTION,
): NeighbourCorrection {
  const regions: RegionInfo[] = [];
  const indexByKey = new Map<string, number>();
  const indexOf = (r: RegionInfo) => {
    const key = regionKey(r.provider, r.id);
    let index = indexByKey.get(key);
    if (index === undefined) {
      index = regions.push(r) - 1;
      indexByKey.set(key, index);
    }
    return index;
  };
  const ends = measured.map((p) => [indexOf(p.a), indexOf(p.b)] as const);
  const m = regions.length;
  const residual = new Float64Array(m * m).fill(Number.NaN);
  measured.forEach((pair, n) => {
    const [i, j] = ends[n] as readonly [number, number];
    const r = Math.log(pair.rttMs / fittedRttMs(pair.a, pair.b));
    residual[i * m + j] = r;
    residual[j * m + i] = r;
  });

  const neighbours = (x: RegionInfo): Neighbours => {
    const index: number[] = [];
    const weight: number[] = [];
    regions.forEach((r, i) => {
      const w = Math.exp(-((greatCircleKm(x, r) / options.kernelKm) ** 2));
      if (w < MIN_KERNEL_WEIGHT) return;
      index.push(i);
      weight.push(w);
    });
    return { index: Int32Array.from(index), weight: Float64Array.from(weight) };
  };
  const endSums = (near: Neighbours): EndSums => {
    const weightedResidual = new Float64Array(m);
    const weight = new Float64Array(m);
    near.index.forEach((v, k) => {
      const w = near.weight[k] as number;
      for (let u = 0; u < m; u++) {
        const r = residual[u * m + v] as number;
        if (Number.isNaN(r)) continue;
        weightedResidual[u] = (weightedResidual[u] as number) + w * r;
        weight[u] = (weight[u] as number) + w;
      }
    });
    return { weightedResidual, weight };
  };
  const cache = new Map<string, { near: Neighbours; sums: EndSums }>();
  const ofRegion = (x: RegionInfo) => {
    const key = regionKey(x.provider, x.id);
    let entry = cache.get(key);
    if (!entry) {
      const near = neighbours(x);
      entry = { near, sums: endSums(near) };
      cache.set(key, entry);
    }
    return entry;
  };

  return {
    logFactor(a, b) {
      const { near } = ofRegion(a);
      const { sums } = ofRegion(b);
      let weightSum = 0;
      let weightedResidualSum = 0;
      for (let k = 0; k < near.index.length; k++) {
        const u = near.index[k] as number;
        const w = near.weight[k] as number;
        weightSum += w * (sums.weight[u] as number);
        weightedResidualSum += w * (sums.weightedResidual[u] as number);
      }
      return weightedResidualSum / (weightSum + options.shrinkage);
    },
  };
}
