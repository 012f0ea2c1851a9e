import { createHash } from "node:crypto";

/**
 * One kind of attempt and how it is limited: attempts are counted in a window that starts at the first
 * one; from the `free`-th on, each allowed attempt blocks the next for `blocksMs[n]` (the last repeats).
 */
export interface LimitRule {
  windowMs: number;
  free: number;
  blocksMs: readonly number[];
}

export type AttemptVerdict = { allowed: true; count: number } | { allowed: false; retryAfterMs: number };

/**
 * Where limits are counted, shared by every instance: PostgreSQL (the app's own database) or Redis. Both
 * decide an attempt atomically, so concurrent attempts on several instances never slip past a block.
 */
export interface LimitStore {
  readonly kind: "postgresql" | "redis";
  /** Counts an attempt unless `key` is blocked; an allowed attempt past `free` blocks the ones after it. */
  attempt(key: string, rule: LimitRule): Promise<AttemptVerdict>;
  /** Forgets `key`'s count and block (a right password from that address). */
  clear(key: string): Promise<void>;
}

/** How long the `count`-th attempt in a window blocks the next one (0: not at all). */
export function blockAfter(count: number, rule: LimitRule): number {
  if (count < rule.free || rule.blocksMs.length === 0) return 0;
  return rule.blocksMs[Math.min(count - rule.free, rule.blocksMs.length - 1)]!;
}

/** A store key for a kind of limit and its parts; hashed, so no address or email is stored in the clear. */
export function limitKey(kind: string, ...parts: string[]): string {
  return `${kind}:${createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 32)}`;
}
