// Shrinking a placement model without changing its optimum (docs/optimiser.md, "Reductions"):
// - a candidate is left out when at least L kept candidates of the same cloud each dominate it, where L bounds
//   how many regions of one cloud a solution can use: any optimum using it can then move its nodes to an
//   unused dominator, at no higher cost, carbon or round trip, and with the same counts;
// - among kept candidates that are interchangeable (same cloud, same coefficients, same round-trip relations),
//   validators are ordered x_a >= x_b, so the solver explores one of the permutations only.
// What "dominates" compares depends on what the model weighs or bounds; a term the model ignores is ignored.

import type { Provider } from "../region-key";

export interface ReductionInput {
  readonly providers: readonly Provider[];
  /** Per candidate, the cost and carbon figures the model uses (smaller is better, compared entry by entry). */
  readonly figures: readonly (readonly number[])[];
  /** Round trips, row-major m x m. */
  readonly rttMs: Float64Array;
  /** Per candidate, the candidates it may not share a design with (pairs over the round-trip cap). */
  readonly conflicts: readonly ReadonlySet<number>[];
  /** The largest round trip is weighed or bounded through z: every round trip then matters. */
  readonly largestRtt: boolean;
  /** Per candidate, the demand points it can serve (index list); empty when there is no demand. */
  readonly covers: readonly ReadonlySet<number>[];
  /** Candidates fixed by the user: never left out, never reordered. */
  readonly pinned: ReadonlySet<number>;
  /** The most regions of one cloud a feasible solution can use. */
  readonly regionsPerCloud: number;
}

export interface Reduction {
  readonly active: readonly boolean[];
  /** Pairs [a, b] with x_a >= x_b (interchangeable candidates). */
  readonly order: readonly (readonly [number, number])[];
}

export function reduceCandidates(input: ReductionInput): Reduction {
  const m = input.providers.length;
  const { rttMs, figures } = input;
  const { conflicts } = input;

  /** Moving a solution's nodes from j to d keeps it feasible and no worse. */
  const dominates = (d: number, j: number): boolean => {
    if (input.providers[d] !== input.providers[j]) return false;
    const fd = figures[d]!;
    const fj = figures[j]!;
    for (let t = 0; t < fd.length; t++) if (fd[t]! > fj[t]!) return false;
    for (const p of input.covers[j]!) if (!input.covers[d]!.has(p)) return false;
    for (const k of conflicts[d]!) if (k !== j && !conflicts[j]!.has(k)) return false;
    if (!input.largestRtt) return true;
    for (let k = 0; k < m; k++) if (k !== d && k !== j && rttMs[d * m + k]! > rttMs[j * m + k]!) return false;
    return true;
  };

  // Dominators come before those they dominate in this order (smaller figures first; index breaks ties).
  const sum = figures.map((f) => f.reduce((s, v) => s + v, 0));
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => sum[a]! - sum[b]! || a - b);
  const active = new Array<boolean>(m).fill(false);
  const kept: number[] = [];
  const limit = Math.max(1, input.regionsPerCloud);
  for (const j of order) {
    let dominators = 0;
    if (!input.pinned.has(j)) for (const d of kept) if (dominates(d, j) && ++dominators >= limit) break;
    if (dominators >= limit) continue;
    active[j] = true;
    kept.push(j);
  }

  // Interchangeable: each dominates the other. Classes are grown so every two members are interchangeable.
  const classes: number[][] = [];
  for (let i = 0; i < m; i++) {
    if (!active[i] || input.pinned.has(i)) continue;
    const home = classes.find((c) => c.every((o) => dominates(o, i) && dominates(i, o)));
    if (home) home.push(i);
    else classes.push([i]);
  }
  const pairs: (readonly [number, number])[] = [];
  for (const c of classes) for (let t = 1; t < c.length; t++) pairs.push([c[t - 1]!, c[t]!]);
  return { active, order: pairs };
}
