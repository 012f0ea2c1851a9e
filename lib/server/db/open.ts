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

export type OpenOptions =
  | { kind: "postgresql"; url: string; poolSize?: number }
  /** `dataDir` undefined means in memory. */
  | { kind: "pglite"; dataDir?: string; migrate?: boolean };

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.kind === "postgresql") {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle connection the server closes (restart, failover) must not take the process down.
    pool.on("error", (error) => console.warn(`PostgreSQL pool: idle connection closed (${error.message})`));
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      kind: "postgresql",
      prisma,
      sql: pgRunner(pool),
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
