/**
 * Runs once when the server starts: refuses to serve others without AUTH_SECRET, stamps client addresses,
 * opens the database so the embedded one is migrated before the first request, says plainly which database
 * is in use and whether its schema is current, warns when the app's own role could rewrite the audit log,
 * and starts signing audit checkpoints.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A shared host without AUTH_SECRET stops here, saying why; client addresses are stamped from the first request.
  const { requireAuthSecretWhenServingOthers } = await import("./lib/server/auth/secret");
  requireAuthSecretWhenServingOthers();
  const { installPeerAddressStamp } = await import("./lib/server/auth/peer-address");
  installPeerAddressStamp();
  const { databaseHealth } = await import("./lib/server/db/health");
  const health = await databaseHealth();
  if (health instanceof Response) {
    console.error("Meridian: the database is not reachable:", await health.text());
    return;
  }
  const { kind, migrations } = health.database;
  if (migrations.upToDate) console.log(`Meridian: ${kind} database ready (${migrations.applied.length} migrations applied).`);
  else console.warn(`Meridian: ${kind} database has pending migrations (${migrations.pending.join(", ")}); run \`npm run db:migrate\`.`);

  const { getDatabase } = await import("./lib/server/db");
  const db = await getDatabase();
  if (kind === "postgresql") {
    const { auditRewritableByCurrentRole } = await import("./lib/server/db/app-role");
    if (await auditRewritableByCurrentRole(db.sql).catch(() => false)) {
      console.warn(
        "Meridian: the database role in DATABASE_URL owns or may change the audit log. Run migrations as an owner role " +
          "(MIGRATION_DATABASE_URL) and connect the app as a role of its own (see the README, \"Audit log\").",
      );
    }
  }
  const { checkpointConfig } = await import("./lib/server/audit/checkpoint-config");
  const { startCheckpointer } = await import("./lib/server/audit/checkpointer");
  const config = checkpointConfig();
  console.log(`Meridian: audit checkpoints signed by key ${config.key.keyId}, every ${config.everyEvents} events or ${config.everySeconds} s, copied to ${config.file}${config.url ? ` and ${new URL(config.url).origin}` : ""}.`);
  startCheckpointer(async () => db.prisma);
}
