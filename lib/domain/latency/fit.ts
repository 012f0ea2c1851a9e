// Fits the LatencyModel to measured pairs by ridge-regularised weighted least squares.
// Weights 1/rtt make it minimise squared *relative* error, which is what users feel (a 10 ms miss matters
// on a 20 ms link, not on a 250 ms one) and what the cross-validation reports.
// Ridge only on the region and geography-pair terms: they shrink to 0 (the average path) when data is thin.

import { type RegionInfo } from "../catalog";
import { regionKey } from "../region-key";
import { greatCircleKm } from "./geo";
import { solveLinearSystem } from "./linear-algebra";
import { geographyPairKey, type LatencyModel } from "./model";

export interface TrainingPair {
  readonly a: RegionInfo;
  readonly b: RegionInfo;
  readonly rttMs: number;
}

export interface FitOptions {
  /** Where the distance curve may bend, km. Chosen by cross-validation on the Azure table. */
  readonly hingesKm?: readonly number[];
  /** Ridge penalty on region and geography-pair slopes (in units of squared relative error). */
  readonly ridge?: number;
  /** Fit a slope per region (true) or leave every region on the average path (false). */
  readonly regionSlopes?: boolean;
  /** Fit a slope per pair of geographies. */
  readonly geographyPairSlopes?: boolean;
}

// Region slopes are off by default: they fit Azure's own regions (7.7% instead of 9.3% cross-validated
// error for the fit alone) but say nothing about an AWS or GCP region, while the neighbour correction
// (neighbour-correction.ts) captures the same detours by place, for every provider alike.
export const DEFAULT_FIT_OPTIONS: Required<FitOptions> = {
  hingesKm: [1000, 3000, 8000],
  ridge: 0.001,
  regionSlopes: false,
  geographyPairSlopes: true,
};

/** One sparse row of the design matrix: (column, value) terms. */
type DesignRow = { terms: [number, number][]; target: number };

export function fitLatencyModel(pairs: readonly TrainingPair[], options: FitOptions = {}): LatencyModel {
  const { hingesKm, ridge, regionSlopes, geographyPairSlopes } = { ...DEFAULT_FIT_OPTIONS, ...options };
  if (pairs.length < 2 + hingesKm.length) throw new Error(`fitLatencyModel: need more pairs (got ${pairs.length})`);

  // Columns: base, slope, one per hinge, then one per region, then one per geography pair (sorted: deterministic).
  const fixedColumns = 2 + hingesKm.length;
  const regionKeys = regionSlopes
    ? uniqueSorted(pairs.flatMap((p) => [regionKey(p.a.provider, p.a.id), regionKey(p.b.provider, p.b.id)]))
    : [];
  const geographyKeys = geographyPairSlopes ? uniqueSorted(pairs.map((p) => geographyPairKey(p.a, p.b))) : [];
  const regionColumn = new Map(regionKeys.map((key, i) => [key, fixedColumns + i]));
  const geographyColumn = new Map(geographyKeys.map((key, i) => [key, fixedColumns + regionKeys.length + i]));
  const n = fixedColumns + regionKeys.length + geographyKeys.length;

  const rows: DesignRow[] = pairs.map((pair) => {
    const d = greatCircleKm(pair.a, pair.b) / 1000;
    const terms: [number, number][] = [[0, 1], [1, d]];
    hingesKm.forEach((h, i) => terms.push([2 + i, Math.max(0, d - h / 1000)]));
    if (regionSlopes) {
      terms.push([regionColumn.get(regionKey(pair.a.provider, pair.a.id)) as number, d]);
      terms.push([regionColumn.get(regionKey(pair.b.provider, pair.b.id)) as number, d]);
    }
    if (geographyPairSlopes) terms.push([geographyColumn.get(geographyPairKey(pair.a, pair.b)) as number, d]);
    return { terms, target: pair.rttMs };
  });

  const beta = solveRidge(rows, n, fixedColumns, ridge);
  const coef = (c: number) => round(beta[c] ?? 0);
  return {
    baseMs: coef(0),
    msPer1000Km: coef(1),
    hinges: hingesKm.map((fromKm, i) => ({ fromKm, extraMsPer1000Km: coef(2 + i) })),
    regionMsPer1000Km: Object.fromEntries([...regionColumn].map(([key, c]) => [key, coef(c)])),
    geographyPairMsPer1000Km: Object.fromEntries([...geographyColumn].map(([key, c]) => [key, coef(c)])),
  };
}

/** Solves (XᵀWX + λ·I[penalised columns]) β = XᵀWy with W = 1/y², from sparse rows. */
function solveRidge(rows: readonly DesignRow[], n: number, firstPenalisedColumn: number, ridge: number): number[] {
  const xtx = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const xty = new Array<number>(n).fill(0);
  for (const { terms, target } of rows) {
    const w = 1 / (target * target);
    for (const [p, vp] of terms) {
      xty[p] = (xty[p] as number) + w * vp * target;
      const xtxRow = xtx[p] as number[];
      for (const [q, vq] of terms) xtxRow[q] = (xtxRow[q] as number) + w * vp * vq;
    }
  }
  for (let c = firstPenalisedColumn; c < n; c++) (xtx[c] as number[])[c] = ((xtx[c] as number[])[c] as number) + ridge;
  return solveLinearSystem(xtx, xty);
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

/** Four decimals: well below the model's error, and keeps the shipped constants readable. */
function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
