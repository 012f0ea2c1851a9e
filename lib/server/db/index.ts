import { databaseKind, pgliteDataDir } from "./config";
import { openDatabase, type DatabaseHandle } from "./open";

export type { DatabaseHandle, Db } from "./open";

const globalForDb = globalThis as unknown as { meridianDb?: Promise<DatabaseHandle> };

/** The process-wide database: one PGlite instance or one PostgreSQL pool, opened on first use. */
export function getDatabase(): Promise<DatabaseHandle> {
  globalForDb.meridianDb ??= databaseKind() === "postgresql"
    ? openDatabase({ kind: "postgresql", url: process.env.DATABASE_URL! })
    : openDatabase({ kind: "pglite", dataDir: pgliteDataDir() });
  return globalForDb.meridianDb;
}
