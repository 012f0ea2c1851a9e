import { openDatabase, type DatabaseHandle } from "../db/open";
import { postgresLimitStore } from "../auth/limits/postgres-store";
import { connectRedis, redisLimitStore, type RedisConnection } from "../auth/limits/redis-store";
import type { LimitStore } from "../auth/limits/store";
import { createTestDatabase, type TestDatabase } from "./databases";
import { startRedisServer, type TestRedis } from "./redis-server";

export const LIMIT_STORE_KINDS = ["pglite", "postgresql", "redis"] as const;
export type LimitStoreKind = (typeof LIMIT_STORE_KINDS)[number];

/**
 * A limit store of each kind on a throwaway backend of the test's own, and `second()`: another store
 * on the same backend through its own connection, as a second instance of the app would have (PGlite
 * lives in one process, so it has none).
 */
export interface TestLimitStores {
  store: LimitStore;
  second: (() => Promise<LimitStore>) | null;
  destroy(): Promise<void>;
}

export async function createTestLimitStore(kind: LimitStoreKind): Promise<TestLimitStores> {
  if (kind === "redis") return redisStores(await startRedisServer());
  const db = await createTestDatabase(kind);
  return databaseStores(db);
}

function databaseStores(db: TestDatabase): TestLimitStores {
  const extra: DatabaseHandle[] = [];
  return {
    store: postgresLimitStore(async () => db.prisma),
    second: db.url
      ? async () => {
          const handle = await openDatabase({ kind: "postgresql", url: db.url!, poolSize: 4 });
          extra.push(handle);
          return postgresLimitStore(async () => handle.prisma);
        }
      : null,
    async destroy() {
      await Promise.all(extra.map((h) => h.close()));
      await db.destroy();
    },
  };
}

async function redisStores(server: TestRedis): Promise<TestLimitStores> {
  const connections: RedisConnection[] = [];
  const open = async () => {
    const connection = await connectRedis(server.url);
    connections.push(connection);
    return redisLimitStore(async () => connection);
  };
  const store = await open();
  return {
    store,
    second: open,
    async destroy() {
      await Promise.all(connections.map((c) => c.close().catch(() => undefined)));
      await server.stop();
    },
  };
}
