// The Pareto set of a list of designs on (cost, largest round trip, carbon): each point kept is no worse than
// every other on at least one axis, beyond the rounding the figures are reported with.

export interface ParetoPoint {
  costUsdMonth: number;
  modelCostUsdMonth: number;
  maxRttMs: number;
  carbonKgCo2eMonth: number;
  validators: number;
  regions: string[];
}

const TOLERANCE = { costUsdMonth: 0.005, maxRttMs: 0.05, carbonKgCo2eMonth: 1e-6 } as const;
const AXES = Object.keys(TOLERANCE) as (keyof typeof TOLERANCE)[];

/** a is no worse than b on every axis and better on one. */
export function dominates(a: ParetoPoint, b: ParetoPoint): boolean {
  return AXES.every((k) => a[k] <= b[k] + TOLERANCE[k]) && AXES.some((k) => a[k] < b[k] - TOLERANCE[k]);
}

/** The non-dominated points, one per distinct (cost, round trip, carbon), cheapest first. */
export function nonDominated(points: readonly ParetoPoint[]): ParetoPoint[] {
  const kept: ParetoPoint[] = [];
  for (const p of points) {
    if (points.some((o) => dominates(o, p))) continue;
    if (kept.some((o) => AXES.every((k) => Math.abs(o[k] - p[k]) <= TOLERANCE[k]))) continue;
    kept.push(p);
  }
  return kept.sort((a, b) => a.costUsdMonth - b.costUsdMonth || a.maxRttMs - b.maxRttMs || a.carbonKgCo2eMonth - b.carbonKgCo2eMonth);
}
