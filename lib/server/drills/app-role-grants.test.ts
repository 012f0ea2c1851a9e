import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grantAppRole } from "../db/app-role";
import { applyMigrations } from "../db/migrations";
import { pgRunner } from "../db/runners";
import { TEST_PG_URL, withDatabase } from "../testing/databases";

// Migrations run as a role that owns the tables; the app connects as another, granted by grantAppRole after every
// migration. The saved-drills table must be within the app role's reach like every table it reads and writes.
const suffix = randomBytes(4).toString("hex");
const OWNER = `meridian_drill_owner_${suffix}`;
const APP = `meridian_drill_app_${suffix}`;
const DB_NAME = `meridian_drill_grants_${suffix}`;

async function asAdmin<T>(run: (client: pg.Client) => Promise<T>, url = TEST_PG_URL): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const asRole = (role: string) => {
  const u = new URL(withDatabase(TEST_PG_URL, DB_NAME));
  u.username = role;
  return u.toString();
};

describe("the app role on the saved-drills table (PostgreSQL)", () => {
  beforeAll(async () => {
    await asAdmin(async (c) => {
      await c.query(`CREATE ROLE "${OWNER}" LOGIN`);
      await c.query(`CREATE ROLE "${APP}" LOGIN`);
      await c.query(`CREATE DATABASE "${DB_NAME}" OWNER "${OWNER}"`);
    });
    await asAdmin(async (migrator) => {
      await applyMigrations(pgRunner(migrator));
      await grantAppRole(pgRunner(migrator), APP);
    }, asRole(OWNER));
  });
  afterAll(async () => {
    await asAdmin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
      await c.query(`DROP ROLE IF EXISTS "${APP}"`);
      await c.query(`DROP ROLE IF EXISTS "${OWNER}"`);
    });
  });

  it("may read, write and delete saved drills, and owns nothing it could alter", async () => {
    const rows = await asAdmin(async (c) => (await c.query(`
      SELECT p.privilege, has_table_privilege('${APP}', '"OutageDrill"', p.privilege) AS held
        FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) AS p(privilege)`)).rows, withDatabase(TEST_PG_URL, DB_NAME));
    expect(rows).toEqual([
      { privilege: "SELECT", held: true }, { privilege: "INSERT", held: true }, { privilege: "UPDATE", held: true },
      { privilege: "DELETE", held: true }, { privilege: "TRUNCATE", held: false },
    ]);
  });
});
