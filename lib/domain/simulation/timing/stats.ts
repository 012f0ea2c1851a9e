// Summary statistics of simulated samples.

/** The p-quantile (0..1) of `values`, linear between order statistics (R's type 7). Sorts `values`. NaN when empty. */
export function quantile(values: Float64Array, p: number): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  values.sort();
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return values[lo]! + (h - lo) * (values[hi]! - values[lo]!);
}

/** A growable list of samples. */
export class Samples {
  private values = new Float64Array(64);
  private size = 0;

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    if (this.size === this.values.length) {
      const grown = new Float64Array(this.size * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.size++] = value;
  }

  /** The samples, sorted ascending (a copy). */
  sorted(): Float64Array {
    return this.values.slice(0, this.size).sort();
  }

  mean(): number {
    let sum = 0;
    for (let i = 0; i < this.size; i++) sum += this.values[i]!;
    return this.size === 0 ? Number.NaN : sum / this.size;
  }
}

/** p50, p95 and min of sorted samples. */
export function summarize(sorted: Float64Array): { p50: number; p95: number; min: number } {
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), min: sorted.length === 0 ? Number.NaN : sorted[0]! };
}
