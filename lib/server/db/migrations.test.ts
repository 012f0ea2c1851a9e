import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { applyMigrations, migrationState, readMigrationFiles } from "./migrations";
import { pgliteRunner } from "./runners";

describe("migration runner", () => {
  it("applies every migration once and records it as Prisma Migrate does", async () => {
    const lite = await PGlite.create();
    const sql = pgliteRunner(lite);
    const files = readMigrationFiles();
    expect(await migrationState(sql)).toEqual({ applied: [], pending: files.map((f) => f.name), modified: [] });
    expect(await applyMigrations(sql)).toEqual(files.map((f) => f.name));
    expect(await applyMigrations(sql)).toEqual([]);
    const rows = await sql.query<{ checksum: string; migration_name: string }>(`SELECT checksum, migration_name FROM "_prisma_migrations"`);
    expect(rows).toEqual(files.map((f) => ({ checksum: f.checksum, migration_name: f.name })));
    expect(await migrationState(sql)).toMatchObject({ pending: [], modified: [] });
    await lite.close();
  });

  it("rolls back a failing migration entirely and reports it pending", async () => {
    const lite = await PGlite.create();
    const sql = pgliteRunner(lite);
    const broken = [{ name: "0001_broken", sql: `CREATE TABLE "t" (id int); SELECT no_such_function();`, checksum: "x" }];
    await expect(applyMigrations(sql, broken)).rejects.toThrow();
    expect(await sql.query(`SELECT to_regclass('"t"') AS t`)).toEqual([{ t: null }]);
    expect(await migrationState(sql, broken)).toMatchObject({ pending: ["0001_broken"] });
    await lite.close();
  });

  it("flags an applied migration whose file changed", async () => {
    const lite = await PGlite.create();
    const sql = pgliteRunner(lite);
    const files = [{ name: "0001_a", sql: `CREATE TABLE "a" (id int);`, checksum: "one" }];
    await applyMigrations(sql, files);
    expect(await migrationState(sql, [{ ...files[0]!, checksum: "two" }])).toMatchObject({ modified: ["0001_a"] });
    await lite.close();
  });
});
