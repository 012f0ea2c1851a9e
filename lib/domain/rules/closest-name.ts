// "Did you mean...?" for region names: the catalog id closest by edit distance, when it is clearly the one.

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Uint16Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}

/** Case, spaces and underscores don't count: "West Europe" is westeurope, "us_east_1" is us-east-1. */
const normalise = (name: string) => name.trim().toLowerCase().replace(/[\s_]+/g, (m) => (m.trim() ? "-" : ""));

/**
 * The one candidate within 1 edit (2 for names of 8 characters or more) of `name`, after normalising;
 * undefined when none is that close or two are equally close (a guess between them would be a coin toss).
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const wanted = normalise(name);
  const limit = wanted.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const c of candidates) {
    const distance = editDistance(wanted, c.toLowerCase());
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) tie = true;
  }
  return best !== undefined && !tie && bestDistance <= limit ? best : undefined;
}
