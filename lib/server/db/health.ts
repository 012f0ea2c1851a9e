import { getDatabase } from ".";
import { migrationState } from "./migrations";

/** What /api/health reports: the database in use, whether it answers, and its migration state. */
export async function databaseHealth() {
  try {
    const db = await getDatabase();
    await db.sql.query("SELECT 1");
    const migrations = await migrationState(db.sql);
    const upToDate = migrations.pending.length === 0 && migrations.modified.length === 0;
    return {
      status: upToDate ? "ok" : "degraded",
      database: { kind: db.kind, reachable: true, migrations: { ...migrations, upToDate } },
    };
  } catch (error) {
    return new Response(
      JSON.stringify({ status: "down", database: { reachable: false, error: (error as Error).message } }),
      { status: 503, headers: { "content-type": "application/json" } },
    );
  }
}
