import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { applyMigrations, readMigrationFiles } from "../db/migrations";
import { pgliteRunner } from "../db/runners";

const MIGRATION = "20261215000000_pending_invitation_unique";

describe(`migration ${MIGRATION}`, () => {
  it("keeps the newest of duplicate unaccepted invitations and revokes the rest, so the index builds", async () => {
    const lite = await PGlite.create();
    const sql = pgliteRunner(lite);
    const files = readMigrationFiles();
    await applyMigrations(sql, files.filter((f) => f.name < MIGRATION));
    await sql.query(`INSERT INTO "Organization" ("id", "name", "slug") VALUES ('org', 'Org', 'org')`);
    // An expired invitation and the one that earlier code let an admin send beside it; and an accepted one.
    const insert = (id: string, email: string, createdAt: string, acceptedAt: string | null) =>
      sql.query(
        `INSERT INTO "Invitation" ("id", "organizationId", "email", "role", "tokenHash", "invitedById", "createdAt", "expiresAt", "acceptedAt")
         VALUES ($1, 'org', $2, 'viewer', $1, 'admin', $3, $3::timestamptz + interval '7 days', $4)`,
        [id, email, createdAt, acceptedAt],
      );
    await insert("old", "Dup@example.com", "2026-01-01T00:00:00Z", null);
    await insert("new", "dup@example.com", "2026-02-01T00:00:00Z", null);
    await insert("used", "dup@example.com", "2025-12-01T00:00:00Z", "2025-12-02T00:00:00Z");

    await applyMigrations(sql, files);
    const rows = await sql.query<{ id: string; revoked: boolean }>(`SELECT "id", "revokedAt" IS NOT NULL AS "revoked" FROM "Invitation" ORDER BY "id"`);
    expect(rows).toEqual([{ id: "new", revoked: false }, { id: "old", revoked: true }, { id: "used", revoked: false }]);
    await lite.close();
  });
});
