import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";

/** The few calls the migration runner needs, provided by both `pg` and PGlite. */
/** One parameterised statement ($1, $2...), answering its rows. */
export type SqlQuery = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

export interface SqlRunner {
  query: SqlQuery;
  /** Runs a multi-statement script (function bodies included) atomically. */
  execScript(script: string): Promise<void>;
  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (query: SqlQuery) => Promise<T>): Promise<T>;
}

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationState {
  applied: string[];
  pending: string[];
  /** Applied migrations whose file has changed since: a sign of a tampered or edited migration. */
  modified: string[];
}

export function migrationsDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.MERIDIAN_MIGRATIONS_DIR ?? path.join(process.cwd(), "prisma", "migrations"));
}

export function readMigrationFiles(dir = migrationsDir()): MigrationFile[] {
  if (!existsSync(/*turbopackIgnore: true*/ dir)) throw new Error(`migrations folder not found: ${dir}`);
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(/*turbopackIgnore: true*/ path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      // Prisma records the SHA-256 of the file; using the same lets `prisma migrate` agree with us.
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

// The same table Prisma Migrate keeps, so either tool can take over from the other.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export async function migrationState(db: SqlRunner, files = readMigrationFiles()): Promise<MigrationState> {
  const exists = await db.query<{ present: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  const rows = exists[0]?.present
    ? await db.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      )
    : [];
  const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
  return {
    applied: files.filter((f) => applied.has(f.name)).map((f) => f.name),
    pending: files.filter((f) => !applied.has(f.name)).map((f) => f.name),
    modified: files.filter((f) => applied.has(f.name) && applied.get(f.name) !== f.checksum).map((f) => f.name),
  };
}

/** Applies every pending migration in order, each in its own transaction. Returns the names applied. */
export async function applyMigrations(db: SqlRunner, files = readMigrationFiles()): Promise<string[]> {
  await db.execScript(CREATE_MIGRATIONS_TABLE);
  const { pending } = await migrationState(db, files);
  const done: string[] = [];
  for (const file of files.filter((f) => pending.includes(f.name))) {
    const record = `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
      VALUES ('${randomUUID()}', '${file.checksum}', '${file.name.replaceAll("'", "''")}', now(), now(), 1);`;
    await db.execScript(`BEGIN;\n${file.sql}\n;${record}\nCOMMIT;`);
    done.push(file.name);
  }
  return done;
}
