import { limitKey, type LimitRule, type LimitStore } from "./store";

/**
 * Failed passwords lock out one account from one client address, never the account everywhere: an
 * attacker who keeps guessing locks only themselves out, and the real user signs in from their own
 * address with the right password meanwhile. After `free` failures the pair is blocked, first for 15
 * seconds, then twice as long after each further failure, up to `cap`. A right password clears the
 * pair's count; otherwise it is forgotten a day after the first failure.
 *
 * MERIDIAN_SIGNIN_RATE_LIMIT is `failures/seconds` (default `5/900`): failures allowed before the first
 * block, and the longest block in seconds.
 */
const FIRST_BLOCK_MS = 15_000;
const COUNT_WINDOW_MS = 24 * 60 * 60_000;

export function lockoutRule(setting = process.env.MERIDIAN_SIGNIN_RATE_LIMIT): LimitRule {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(setting ?? "");
  const free = Math.max(1, match ? Number(match[1]) : 5);
  const capMs = Math.max(1, match ? Number(match[2]) : 900) * 1000;
  return { windowMs: COUNT_WINDOW_MS, free, blocksMs: doublingUpTo(Math.min(FIRST_BLOCK_MS, capMs), capMs) };
}

/** first, 2×first, 4×first … and the cap itself last. */
export function doublingUpTo(firstMs: number, capMs: number): number[] {
  const steps: number[] = [];
  for (let ms = firstMs; ms < capMs; ms *= 2) steps.push(ms);
  return [...steps, capMs];
}

export type PasswordVerdict =
  | { ok: true }
  | { ok: false; reason: "wrong_password" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

/**
 * Checks a password under the lockout: the attempt is counted before the password is compared (so a
 * burst of parallel guesses cannot all pass the check), and a locked pair is refused without comparing.
 */
export async function checkPasswordWithLockout(
  store: LimitStore,
  rule: LimitRule,
  attempt: { account: string; address: string; matches: () => boolean | Promise<boolean> },
): Promise<PasswordVerdict> {
  const key = limitKey("password", attempt.account.toLowerCase(), attempt.address);
  const verdict = await store.attempt(key, rule);
  if (!verdict.allowed) return { ok: false, reason: "locked", retryAfterSeconds: Math.max(1, Math.ceil(verdict.retryAfterMs / 1000)) };
  if (!(await attempt.matches())) return { ok: false, reason: "wrong_password" };
  await store.clear(key);
  return { ok: true };
}
