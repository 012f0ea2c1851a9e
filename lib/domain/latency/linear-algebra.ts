// Just enough linear algebra to fit the latency model: solve A x = b for a small dense square A.

/** Gaussian elimination with partial pivoting. `a` is row-major n x n; neither input is modified. */
export function solveLinearSystem(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) {
      if (Math.abs(at(m, r, col)) > Math.abs(at(m, pivot, col))) pivot = r;
    }
    if (Math.abs(at(m, pivot, col)) < 1e-12) throw new Error("solveLinearSystem: matrix is singular");
    const pivotRow = m[pivot] as number[];
    m[pivot] = m[col] as number[];
    m[col] = pivotRow;
    for (let r = col + 1; r < n; r++) {
      const row = m[r] as number[];
      const factor = (row[col] as number) / (pivotRow[col] as number);
      if (factor === 0) continue;
      for (let c = col; c <= n; c++) row[c] = (row[c] as number) - factor * (pivotRow[c] as number);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = at(m, r, n);
    for (let c = r + 1; c < n; c++) sum -= at(m, r, c) * (x[c] as number);
    x[r] = sum / at(m, r, r);
  }
  return x;
}

function at(m: readonly (readonly number[])[], r: number, c: number): number {
  return (m[r] as readonly number[])[c] as number;
}
