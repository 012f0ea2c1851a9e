/** Numbered parameters for one SQL statement built from parts: `add` returns the placeholder for a value. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
