// Derived values (the connectivity model, failure domains, round trips, the cost estimate) remembered by
// the inputs they were computed from, and handed on to the next validation of an edit of the same document:
// an edit that leaves a value's inputs alone leaves the value alone.

interface Entry {
  readonly inputs: readonly unknown[];
  readonly value: unknown;
}

export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

export class MemoStore {
  private readonly entries: Map<string, Entry>;

  /** Starts with what `previous` remembered; what it computes from then on is its own. */
  constructor(previous?: MemoStore) {
    this.entries = new Map(previous?.entries);
  }

  get<T>(key: string, inputs: readonly unknown[], compute: () => T): T {
    const hit = this.entries.get(key);
    if (hit && sameInputs(hit.inputs, inputs)) return hit.value as T;
    const value = compute();
    this.entries.set(key, { inputs, value });
    return value;
  }
}
