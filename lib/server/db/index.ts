import { databaseKind, pgliteDataDir } from "./config";
import { openDatabase, poolSizeSetting, type DatabaseHandle } from "./open";

export type { DatabaseHandle, Db } from "./open";

const globalForDb = globalThis as unknown as { meridianDb?: Promise<DatabaseHandle> };

/** The process-wide database: one PGlite instance or one PostgreSQL pool, opened on first use. */
export function getDatabase(): Promise<DatabaseHandle> {
  globalForDb.meridianDb ??= databaseKind() === "postgresql"
    ? openDatabase({ kind: "postgresql", url: process.env.DATABASE_URL!, poolSize: poolSizeSetting() })
    : openDatabase({ kind: "pglite", dataDir: pgliteDataDir() });
  return globalForDb.meridianDb;
}

/**
 * Makes getDatabase() answer with `handle` from now on: tests that call route handlers point them at
 * their own database. `undefined` forgets it, so the next call opens the configured database.
 */
export function setDatabaseForTesting(handle: DatabaseHandle | undefined): void {
  globalForDb.meridianDb = handle ? Promise.resolve(handle) : undefined;
}
