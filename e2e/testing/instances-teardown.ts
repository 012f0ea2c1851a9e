import { rmSync } from "node:fs";
import pg from "pg";

/** Drops the shared database of the two-instance run and removes both instances' data folders. */
export default async function instancesTeardown() {
  const url = process.env.MERIDIAN_INSTANCES_DATABASE_URL;
  if (url) {
    const admin = new URL(url);
    admin.pathname = "/postgres";
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
    await client.end();
  }
  for (const name of ["a", "b"]) rmSync(`test-results/instances-${process.env.MERIDIAN_INSTANCES_RUN}-${name}`, { recursive: true, force: true });
}
