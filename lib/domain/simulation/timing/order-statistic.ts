// The quorum-th arrival: of the messages one receiver gets (each a time and how many validators sent it at
// that time), the moment the q-th one lands. Weighted quickselect, O(messages) expected, no sorting and no
// allocation: it runs once per receiver per phase per round, the simulator's inner loop.

export class ArrivalList {
  private times: Float64Array;
  private weights: Float64Array;
  private size = 0;

  constructor(capacity = 16) {
    this.times = new Float64Array(Math.max(1, capacity));
    this.weights = new Float64Array(Math.max(1, capacity));
  }

  get length(): number {
    return this.size;
  }

  clear(): void {
    this.size = 0;
  }

  /** `weight` messages arrive at `timeMs` (Infinity: they never do). Zero weights are dropped. */
  push(timeMs: number, weight: number): void {
    if (weight <= 0) return;
    if (this.size === this.times.length) {
      const times = new Float64Array(this.size * 2);
      const weights = new Float64Array(this.size * 2);
      times.set(this.times);
      weights.set(this.weights);
      this.times = times;
      this.weights = weights;
    }
    this.times[this.size] = timeMs;
    this.weights[this.size] = weight;
    this.size++;
  }

  /**
   * The time by which `q` messages have arrived; Infinity when fewer than q ever do. Reorders the list.
   * q <= 0 needs nothing: -Infinity.
   */
  quorumArrival(q: number): number {
    if (q <= 0) return -Infinity;
    const t = this.times;
    const w = this.weights;
    let lo = 0;
    let hi = this.size - 1;
    let need = q;
    while (lo <= hi) {
      const pivot = t[(lo + hi) >> 1]!;
      // Three-way partition: [lo, lt) below the pivot, [lt, gt] equal to it, (gt, hi] above it.
      let lt = lo;
      let i = lo;
      let gt = hi;
      while (i <= gt) {
        const value = t[i]!;
        if (value < pivot) swap(t, w, lt++, i++);
        else if (value > pivot) swap(t, w, i, gt--);
        else i++;
      }
      let below = 0;
      for (let k = lo; k < lt; k++) below += w[k]!;
      if (need <= below) {
        hi = lt - 1;
        continue;
      }
      let equal = 0;
      for (let k = lt; k <= gt; k++) equal += w[k]!;
      if (need <= below + equal) return pivot;
      need -= below + equal;
      lo = gt + 1;
    }
    return Infinity;
  }
}

function swap(t: Float64Array, w: Float64Array, a: number, b: number): void {
  const time = t[a]!;
  t[a] = t[b]!;
  t[b] = time;
  const weight = w[a]!;
  w[a] = w[b]!;
  w[b] = weight;
}
