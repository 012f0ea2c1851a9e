import type { SqlRunner } from "./migrations";

/** Tables whose rows, once written, no role the app connects as may change or remove. */
const APPEND_ONLY_TABLES = ['"AuditEvent"', '"AuditCheckpoint"'];

function quoteRole(role: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/.test(role)) throw new Error(`"${role}" is not a role name this setup accepts (letters, digits, _ and $)`);
  return `"${role}"`;
}

/**
 * What the application's own role may do when migrations run as another role that owns the tables: read and
 * write everything it needs, but only read and append audit events and checkpoints. Not owning the tables, it
 * cannot disable their triggers, alter them, or truncate them either. Run after every migration.
 */
export async function grantAppRole(db: SqlRunner, appRole: string): Promise<void> {
  const role = quoteRole(appRole);
  await db.execScript(`BEGIN;
GRANT USAGE ON SCHEMA public TO ${role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role};
REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON ${APPEND_ONLY_TABLES.join(", ")} FROM ${role};
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM ${role};
COMMIT;`);
}

/**
 * Whether the connected role could rewrite the audit log: it owns the audit table (so it can disable the
 * append-only triggers), is a superuser, or holds UPDATE or DELETE on it.
 */
export async function auditRewritableByCurrentRole(db: SqlRunner): Promise<boolean> {
  const [row] = await db.query<{ rewritable: boolean }>(`
    SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
        OR pg_has_role(current_user, (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'AuditEvent'), 'MEMBER')
        OR has_table_privilege(current_user, '"AuditEvent"', 'UPDATE')
        OR has_table_privilege(current_user, '"AuditEvent"', 'DELETE') AS rewritable`);
  return Boolean(row?.rewritable);
}
