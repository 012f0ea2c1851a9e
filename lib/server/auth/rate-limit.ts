/**
 * Sign-in rate limiting: an in-memory token bucket per client address and identifier, spent by failed
 * attempts only (a right password never locks its owner out). Meridian runs
 * as a single process, so memory is the whole truth; several instances behind a load balancer would
 * each keep their own buckets (a shared store would be needed there).
 *
 * MERIDIAN_SIGNIN_RATE_LIMIT is `attempts/seconds` (default `10/300`): a burst of 10 failed attempts,
 * then one more every 30 seconds.
 */
export class TokenBucket {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly capacity: number,
    readonly refillPerSecond: number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Takes one token for `key`; when none is left, says how many seconds until one is. */
  take(key: string, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.refillPerSecond);
    bucket.at = now;
    this.buckets.delete(key); // re-inserted last: the map's order is least recently used first
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.buckets.set(key, bucket);
      this.evict();
      return { ok: true };
    }
    this.buckets.set(key, bucket);
    this.evict();
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerSecond)) };
  }

  /** Whether `key` has a token left, without taking it. */
  available(key: string, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const bucket = this.buckets.get(key);
    if (!bucket) return { ok: true };
    const tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.refillPerSecond);
    return tokens >= 1 ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.refillPerSecond)) };
  }

  reset(): void {
    this.buckets.clear();
  }

  private evict() {
    while (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
  }
}

export function parseRate(text: string | undefined): { capacity: number; refillPerSecond: number } {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text ?? "");
  const attempts = match ? Number(match[1]) : 10;
  const seconds = match ? Number(match[2]) : 300;
  return { capacity: Math.max(1, attempts), refillPerSecond: Math.max(1, attempts) / Math.max(1, seconds) };
}

const globalForLimiter = globalThis as unknown as { meridianSignInLimiter?: TokenBucket };

/** The process-wide sign-in limiter. */
export function signInLimiter(): TokenBucket {
  if (!globalForLimiter.meridianSignInLimiter) {
    const { capacity, refillPerSecond } = parseRate(process.env.MERIDIAN_SIGNIN_RATE_LIMIT);
    globalForLimiter.meridianSignInLimiter = new TokenBucket(capacity, refillPerSecond);
  }
  return globalForLimiter.meridianSignInLimiter;
}

/**
 * The client's address: the last X-Forwarded-For hop, the one the reverse proxy in front of a shared
 * deployment appended (earlier hops are whatever the client sent, so they can't be trusted), else
 * X-Real-IP, else "direct". Keys combine it with an identifier, so one noisy client cannot lock
 * others out.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "direct";
}

const globalForEndpoints = globalThis as unknown as { meridianAuthEndpointLimiter?: TokenBucket };

/**
 * Flood protection of Auth.js's sign-in and callback endpoints per client address: generous (120 at
 * once, then 2 a second), since successful sign-ins pass through here too and an office shares one
 * address. Password guessing is limited separately, per account, by failed attempts.
 */
export function authEndpointLimiter(): TokenBucket {
  globalForEndpoints.meridianAuthEndpointLimiter ??= new TokenBucket(120, 2);
  return globalForEndpoints.meridianAuthEndpointLimiter;
}

/**
 * Failed passwords are counted per account, whatever address they come from: a client choosing its
 * own X-Forwarded-For must not get fresh attempts.
 */
export function signInKey(identifier: string): string {
  return `account|${identifier.toLowerCase()}`;
}
