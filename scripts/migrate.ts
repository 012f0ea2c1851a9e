// `npm run db:migrate`: applies pending migrations to PostgreSQL, then, when the app connects as a role of
// its own (DATABASE_URL) and migrations run as the owner (MIGRATION_DATABASE_URL), grants the app role what
// it needs and no more: it may read and append the audit log, never change it.
import pg from "pg";
import { grantAppRole } from "../lib/server/db/app-role";
import { applyMigrations } from "../lib/server/db/migrations";
import { pgRunner } from "../lib/server/db/runners";

async function main() {
  const appUrl = process.env.DATABASE_URL;
  const ownerUrl = process.env.MIGRATION_DATABASE_URL ?? appUrl;
  if (!ownerUrl) {
    console.log("No DATABASE_URL: the embedded database migrates itself when Meridian starts.");
    return;
  }
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const applied = await applyMigrations(pgRunner(client));
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "No pending migrations.");
    const appRole = appUrl ? decodeURIComponent(new URL(appUrl).username) : "";
    const ownerRole = decodeURIComponent(new URL(ownerUrl).username);
    if (appRole && appRole !== ownerRole) {
      await grantAppRole(pgRunner(client), appRole);
      console.log(`Granted ${appRole} read and append on the audit log, and no more.`);
    } else if (process.env.MIGRATION_DATABASE_URL === undefined) {
      console.log("The app connects as the role that owns the tables: set MIGRATION_DATABASE_URL to an owner role so the app's own role cannot rewrite the audit log.");
    }
  } finally {
    await client.end();
  }
}

main().catch((error: Error) => {
  console.error(`Migration failed: ${error.message}`);
  process.exit(1);
});
