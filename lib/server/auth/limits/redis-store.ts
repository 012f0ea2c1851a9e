import { createClient } from "redis";
import type { LimitRule, LimitStore } from "./store";

/**
 * One attempt, atomically: refused while the block key lives; otherwise counted (the count key expires
 * when its window ends), and from the free-th attempt on the block key is set for the rule's next step.
 * KEYS: count, block. ARGV: windowMs, free, block steps in ms.
 */
const ATTEMPT_SCRIPT = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then return {0, blocked} end
local count = redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local free = tonumber(ARGV[2])
local steps = #ARGV - 2
if steps > 0 and count >= free then
  local ms = tonumber(ARGV[2 + math.min(count - free + 1, steps)])
  if ms > 0 then redis.call('SET', KEYS[2], '1', 'PX', ms) end
end
return {1, count}
`;

/** A client that fails fast while Redis is away (sign-in refuses then) instead of queueing commands. */
function redisClient(url: string) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 5_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
  });
}

export type RedisConnection = ReturnType<typeof redisClient>;

export async function connectRedis(url: string): Promise<RedisConnection> {
  const client = redisClient(url);
  // Without a listener a dropped connection would crash the process; the client reconnects by itself.
  client.on("error", (error: Error) => console.warn(`Redis (sign-in limits): ${error.message}`));
  await client.connect();
  return client;
}

/** Limits in Redis: keys expire by themselves; both keys of a limit share a hash slot (cluster-safe). */
export function redisLimitStore(connection: () => Promise<RedisConnection>, prefix = "meridian:limit"): LimitStore {
  const keysOf = (key: string) => [`${prefix}:{${key}}:count`, `${prefix}:{${key}}:block`];
  return {
    kind: "redis",
    async attempt(key: string, rule: LimitRule) {
      const redis = await connection();
      const args = [rule.windowMs, rule.free, ...rule.blocksMs].map((n) => String(Math.max(0, Math.round(n))));
      const reply = (await redis.eval(ATTEMPT_SCRIPT, { keys: keysOf(key), arguments: args })) as [number, number];
      const [allowed, value] = reply.map(Number) as [number, number];
      return allowed ? { allowed: true as const, count: value } : { allowed: false as const, retryAfterMs: value };
    },
    async clear(key: string) {
      const redis = await connection();
      await redis.del(keysOf(key));
    },
  };
}
