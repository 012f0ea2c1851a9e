import { limitKey, type LimitRule, type LimitStore } from "./store";

/**
 * Flood protection of Auth.js's sign-in and callback endpoints per client address: 120 requests a minute,
 * then a minute's pause. Generous, since successful sign-ins pass through here too and an office shares
 * one address; password guessing is held back by the lockout, per account and address.
 */
export const FLOOD_RULE: LimitRule = { windowMs: 60_000, free: 120, blocksMs: [60_000] };

export async function floodVerdict(store: LimitStore, address: string, rule = FLOOD_RULE): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const verdict = await store.attempt(limitKey("flood", address), rule);
  return verdict.allowed ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(verdict.retryAfterMs / 1000)) };
}
