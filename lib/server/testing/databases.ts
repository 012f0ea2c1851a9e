import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "../db/migrations";
import { openDatabase, type DatabaseHandle } from "../db/open";
import { pgRunner } from "../db/runners";

/** The server the PostgreSQL half of the suite runs against; each test file makes its own database on it. */
export const TEST_PG_URL = process.env.MERIDIAN_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export const DATABASE_KINDS = ["pglite", "postgresql"] as const;
export type TestDatabaseKind = (typeof DATABASE_KINDS)[number];

export interface TestDatabase extends DatabaseHandle {
  /** Closes the connections and, for PostgreSQL, drops the database. */
  destroy(): Promise<void>;
  url?: string;
}

/** A fresh, migrated database of the given kind that nothing else uses. */
export async function createTestDatabase(kind: TestDatabaseKind, options: { poolSize?: number } = {}): Promise<TestDatabase> {
  if (kind === "pglite") {
    const handle = await openDatabase({ kind: "pglite" });
    return { ...handle, destroy: () => handle.close() };
  }
  const name = `meridian_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = withDatabase(TEST_PG_URL, name);
  const migrator = new pg.Client({ connectionString: url });
  await migrator.connect();
  try {
    await applyMigrations(pgRunner(migrator));
  } finally {
    await migrator.end();
  }
  const handle = await openDatabase({ kind: "postgresql", url, poolSize: options.poolSize ?? 25 });
  return {
    ...handle,
    url,
    async destroy() {
      await handle.close();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${TEST_PG_URL} (${(error as Error).message}). ` +
        "Start it (pg_ctlcluster 15 main start) or set MERIDIAN_TEST_PG_URL.",
    );
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
