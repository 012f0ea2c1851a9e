import { rmSync } from "node:fs";
import pg from "pg";

/** Drops the run's PostgreSQL database and removes its PGlite folder: no state outlives a run. */
export default async function globalTeardown() {
  const url = process.env.MERIDIAN_E2E_DATABASE_URL;
  if (url) {
    const target = new URL(url);
    const admin = new URL(url);
    admin.pathname = "/postgres";
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${target.pathname.slice(1)}" WITH (FORCE)`);
    await client.end();
  }
  rmSync(`test-results/pglite-${process.env.MERIDIAN_E2E_RUN}`, { recursive: true, force: true });
  rmSync(`test-results/postgres-${process.env.MERIDIAN_E2E_RUN}`, { recursive: true, force: true });
}
