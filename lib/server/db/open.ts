import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { mkdirSync } from "node:fs";
import pg from "pg";
import type { DatabaseKind } from "./config";
import { pgliteAdapter } from "./pglite-adapter";
import { applyMigrations, type SqlRunner } from "./migrations";
import { pgliteRunner, pgRunner } from "./runners";

export type Db = PrismaClient;

export interface DatabaseHandle {
  kind: DatabaseKind;
  prisma: PrismaClient;
  /** Raw SQL access for migrations, health checks and tests. */
  sql: SqlRunner;
  close(): Promise<void>;
}

/** Connections each instance keeps to PostgreSQL unless MERIDIAN_DB_POOL_SIZE says otherwise. */
export const DEFAULT_POOL_SIZE = 10;
const MAX_POOL_SIZE = 1000;

/**
 * MERIDIAN_DB_POOL_SIZE: a whole number of connections per instance. Several instances share the
 * server's max_connections, so a typo must stop the start, not quietly become the default.
 */
export function poolSizeSetting(setting = process.env.MERIDIAN_DB_POOL_SIZE): number {
  if (setting === undefined || setting.trim() === "") return DEFAULT_POOL_SIZE;
  const size = Number(setting.trim());
  if (!/^\d+$/.test(setting.trim()) || size < 1 || size > MAX_POOL_SIZE) {
    throw new Error(`MERIDIAN_DB_POOL_SIZE must be a whole number of connections from 1 to ${MAX_POOL_SIZE}, not "${setting}".`);
  }
  return size;
}

export type OpenOptions =
  | { kind: "postgresql"; url: string; poolSize?: number }
  /** `dataDir` undefined means in memory. */
  | { kind: "pglite"; dataDir?: string; migrate?: boolean };

/** The plain SQL runner over the same pool (or embedded database) as each Prisma client this module opened. */
const SQL_BY_CLIENT = new WeakMap<PrismaClient, SqlRunner>();

/**
 * Plain SQL beside a Prisma client, for the hot paths where Prisma's own work costs more than the statements
 * (saving a version). A client opened elsewhere gets the same interface through Prisma's transactions.
 */
export function sqlBeside(prisma: PrismaClient): Pick<SqlRunner, "query" | "transaction"> {
  return SQL_BY_CLIENT.get(prisma) ?? {
    query: (sql, params = []) => prisma.$queryRawUnsafe(sql, ...params),
    transaction: (work) => prisma.$transaction((tx) => work((sql, params = []) => tx.$queryRawUnsafe(sql, ...params))),
  };
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.kind === "postgresql") {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? DEFAULT_POOL_SIZE });
    // An idle connection the server closes (restart, failover) must not take the process down.
    pool.on("error", (error) => console.warn(`PostgreSQL pool: idle connection closed (${error.message})`));
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    const sql = pgRunner(pool);
    SQL_BY_CLIENT.set(prisma, sql);
    return {
      kind: "postgresql",
      prisma,
      sql,
      async close() {
        await prisma.$disconnect();
        await pool.end().catch(() => undefined);
      },
    };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const lite = await PGlite.create(options.dataDir);
  const sql = pgliteRunner(lite);
  // The embedded database migrates itself on open: there is no separate server to migrate.
  if (options.migrate !== false) await applyMigrations(sql);
  const prisma = new PrismaClient({ adapter: pgliteAdapter(lite) });
  SQL_BY_CLIENT.set(prisma, sql);
  return {
    kind: "pglite",
    prisma,
    sql,
    async close() {
      await prisma.$disconnect();
      await lite.close();
    },
  };
}
