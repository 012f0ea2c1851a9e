/**
 * Runs once when the server starts: opens the database so the embedded one is migrated before the
 * first request, and says plainly which database is in use and whether its schema is current.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { databaseHealth } = await import("./lib/server/db/health");
  const health = await databaseHealth();
  if (health instanceof Response) {
    console.error("Meridian: the database is not reachable:", await health.text());
    return;
  }
  const { kind, migrations } = health.database;
  if (migrations.upToDate) console.log(`Meridian: ${kind} database ready (${migrations.applied.length} migrations applied).`);
  else console.warn(`Meridian: ${kind} database has pending migrations (${migrations.pending.join(", ")}); run \`npm run db:migrate\`.`);
}
