import { getDatabase } from "../../db";
import { postgresLimitStore } from "./postgres-store";
import { connectRedis, redisLimitStore, type RedisConnection } from "./redis-store";
import type { LimitStore } from "./store";

const globalForLimits = globalThis as unknown as { meridianLimitStore?: LimitStore; meridianLimitRedis?: Promise<RedisConnection> };

/** The process's limit store: Redis when REDIS_URL is set, otherwise the app's own database. */
export function limitStore(): LimitStore {
  if (globalForLimits.meridianLimitStore) return globalForLimits.meridianLimitStore;
  const url = process.env.REDIS_URL;
  globalForLimits.meridianLimitStore = url
    ? redisLimitStore(() => {
        // A failed first connection is not kept: the next attempt tries again.
        globalForLimits.meridianLimitRedis ??= connectRedis(url).catch((error: unknown) => {
          globalForLimits.meridianLimitRedis = undefined;
          throw error;
        });
        return globalForLimits.meridianLimitRedis;
      })
    : postgresLimitStore(async () => (await getDatabase()).prisma);
  return globalForLimits.meridianLimitStore;
}

/** Points limitStore() at `store` (tests); `undefined` forgets it, so the next call builds the configured one. */
export function setLimitStoreForTesting(store: LimitStore | undefined): void {
  globalForLimits.meridianLimitStore = store;
}
