// Small statistics helpers shared by every bench section. Times are milliseconds from performance.now().

/** Linear interpolation between closest ranks; `sorted` ascending. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const low = sorted[lo] as number;
  return low + ((sorted[hi] as number) - low) * (pos - lo);
}

export interface Summary {
  n: number;
  minMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  meanMs: number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1);
  return {
    n: sorted.length,
    minMs: round(sorted[0] ?? NaN),
    p50Ms: round(quantile(sorted, 0.5)),
    p95Ms: round(quantile(sorted, 0.95)),
    maxMs: round(sorted[sorted.length - 1] ?? NaN),
    meanMs: round(mean),
  };
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; returns each run's duration. */
export function sampleSync(fn: () => unknown, runs: number, warmup = Math.min(10, runs)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** Median and min of a synchronous function, after warm-up. */
export function timeSync(fn: () => unknown, runs: number, warmup?: number): { medianMs: number; minMs: number; runs: number } {
  const sorted = sampleSync(fn, runs, warmup).sort((a, b) => a - b);
  return { medianMs: round(quantile(sorted, 0.5)), minMs: round(sorted[0] ?? NaN), runs };
}

/** Rounds to 3 significant decimals for ms-scale figures, keeping small values readable. */
export function round(x: number, digits = 3): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
