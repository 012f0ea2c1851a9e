import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { chainHash, generateSigningKey, GENESIS_HASH, trustedKeys, type ChainedFields } from "@/lib/domain/audit";
import { auditRewritableByCurrentRole, grantAppRole } from "../db/app-role";
import { applyMigrations } from "../db/migrations";
import { openDatabase, type DatabaseHandle } from "../db/open";
import { pgRunner } from "../db/runners";
import { TEST_PG_URL, withDatabase } from "../testing/databases";
import { appendAuditEvent } from "./append";
import type { CheckpointConfig } from "./checkpoint-config";
import { readFileSink } from "./checkpoint-sinks";
import { takeCheckpoint } from "./take-checkpoint";
import { verifyAuditChain } from "./verify";

// The attacks an operator with database access could make on the audit log, made for real against
// PostgreSQL: as the role that owns the tables (migrations ran as it), and as a superuser. Each must be
// reported by verification, through the signed checkpoints kept outside the database. The app's own role,
// when migrations run as another, cannot make any of them.
const suffix = randomBytes(4).toString("hex");
const OWNER = `meridian_owner_${suffix}`;
const APP = `meridian_app_${suffix}`;
const DB_NAME = `meridian_tamper_${suffix}`;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const asRole = (role: string) => {
  const u = new URL(withDatabase(TEST_PG_URL, DB_NAME));
  u.username = role;
  return u.toString();
};

describe("audit log attacks on PostgreSQL", () => {
  let owner: DatabaseHandle;
  let app: DatabaseHandle;
  let superuser: pg.Client;
  let config: CheckpointConfig;
  let org = 0;

  beforeAll(async () => {
    await admin(`CREATE ROLE "${OWNER}" LOGIN`);
    await admin(`CREATE ROLE "${APP}" LOGIN`);
    await admin(`CREATE DATABASE "${DB_NAME}" OWNER "${OWNER}"`);
    const migrator = new pg.Client({ connectionString: asRole(OWNER) });
    await migrator.connect();
    await applyMigrations(pgRunner(migrator));
    await grantAppRole(pgRunner(migrator), APP);
    await migrator.end();
    owner = await openDatabase({ kind: "postgresql", url: asRole(OWNER), poolSize: 2 });
    app = await openDatabase({ kind: "postgresql", url: asRole(APP), poolSize: 2 });
    superuser = new pg.Client({ connectionString: withDatabase(TEST_PG_URL, DB_NAME) });
    await superuser.connect();
    const key = generateSigningKey();
    const file = path.join(mkdtempSync(path.join(tmpdir(), "meridian-sink-")), "checkpoints.jsonl");
    config = { key, trusted: trustedKeys([key.publicKey]), file, url: null, everyEvents: 100, everySeconds: 300 };
  });
  afterAll(async () => {
    await owner?.close();
    await app?.close();
    await superuser?.end();
    await admin(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
    await admin(`DROP ROLE IF EXISTS "${APP}"`);
    await admin(`DROP ROLE IF EXISTS "${OWNER}"`);
  });
  afterEach(async () => {
    await superuser.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER; ALTER TABLE "AuditCheckpoint" ENABLE TRIGGER USER`);
  });

  /** An organisation with `events` events (written by the app's role) and a checkpoint after `checkpointAt`. */
  async function organisationWithLog(events: number, checkpointAt: number) {
    const organization = await app.prisma.organization.create({ data: { name: `Org ${++org}`, slug: `org-${suffix}-${org}` } });
    for (let i = 1; i <= events; i++) {
      await app.prisma.$transaction((tx) =>
        appendAuditEvent(tx, { organizationId: organization.id, actor: null, action: "topology.save", targetType: "topology", targetId: "t1", requestId: `r${i}`, data: { version: i } }),
      );
      if (i === checkpointAt) expect((await takeCheckpoint(app.prisma, organization.id, config)).taken).toBe(true);
    }
    expect(await verifyAuditChain(app.prisma, organization.id, config)).toMatchObject({ ok: true, checked: events });
    return organization.id;
  }

  it("tells which role could rewrite the log (the start-up warning): the owner and a superuser could, the app's role cannot", async () => {
    expect(await auditRewritableByCurrentRole(owner.sql)).toBe(true);
    expect(await auditRewritableByCurrentRole(pgRunner(superuser))).toBe(true);
    expect(await auditRewritableByCurrentRole(app.sql)).toBe(false);
  });

  it("the app's own role cannot change, remove or unprotect audit events and checkpoints", async () => {
    const id = await organisationWithLog(3, 3);
    const attempts = [
      `UPDATE "AuditEvent" SET "actorEmail" = 'x' WHERE "organizationId" = '${id}'`,
      `DELETE FROM "AuditEvent" WHERE "organizationId" = '${id}'`,
      `TRUNCATE "AuditEvent"`,
      `ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`,
      `DELETE FROM "AuditCheckpoint" WHERE "organizationId" = '${id}'`,
      `ALTER TABLE "AuditCheckpoint" DISABLE TRIGGER USER`,
    ];
    for (const sql of attempts) await expect(app.sql.query(sql), sql).rejects.toThrow(/permission denied|must be owner/);
    expect(await verifyAuditChain(app.prisma, id, config)).toMatchObject({ ok: true, checked: 3 });
  });

  const attackers = [
    ["the table owner", () => owner.sql] as const,
    ["a superuser", () => pgRunner(superuser)] as const,
  ];

  describe.each(attackers)("as %s", (_who, attacker) => {
    it("rewriting an event and recomputing every hash after it, head included, is found", async () => {
      const id = await organisationWithLog(6, 4);
      const sql = attacker();
      await sql.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
      await sql.query(`UPDATE "AuditEvent" SET "actorEmail" = 'someone-else@example.com' WHERE "organizationId" = $1 AND "seq" = 2`, [id]);
      await rehash(sql, id);
      const report = await verifyAuditChain(app.prisma, id, config);
      expect(report.ok).toBe(false);
      expect(report.firstBroken).toMatchObject({ seq: 4, reason: expect.stringMatching(/rewritten/) });
    });

    it("cutting off the newest events and moving the head back is found", async () => {
      const id = await organisationWithLog(6, 5);
      const sql = attacker();
      await sql.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
      await sql.query(`DELETE FROM "AuditEvent" WHERE "organizationId" = $1 AND "seq" > 3`, [id]);
      await sql.query(`UPDATE "AuditHead" SET "seq" = 3, "hash" = (SELECT "hash" FROM "AuditEvent" WHERE "organizationId" = $1 AND "seq" = 3) WHERE "organizationId" = $1`, [id]);
      expect((await verifyAuditChain(app.prisma, id, config)).firstBroken).toMatchObject({ seq: 4, reason: expect.stringMatching(/events were removed/) });
    });

    it("deleting the whole log, and the database's copies of the checkpoints, is found from the sink outside it", async () => {
      const id = await organisationWithLog(4, 4);
      const sql = attacker();
      await sql.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
      await sql.query(`ALTER TABLE "AuditCheckpoint" DISABLE TRIGGER USER`);
      await sql.query(`DELETE FROM "AuditEvent" WHERE "organizationId" = $1`, [id]);
      await sql.query(`DELETE FROM "AuditCheckpoint" WHERE "organizationId" = $1`, [id]);
      await sql.query(`DELETE FROM "AuditHead" WHERE "organizationId" = $1`, [id]);
      expect(readFileSink(config.file).checkpoints.some((c) => c.organizationId === id)).toBe(true);
      expect((await verifyAuditChain(app.prisma, id, config)).firstBroken).toMatchObject({ seq: 1, reason: expect.stringMatching(/log was deleted/) });
    });
  });

  it("signs no checkpoint over a chain that is already broken", async () => {
    const id = await organisationWithLog(3, 0);
    await owner.sql.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
    await owner.sql.query(`UPDATE "AuditEvent" SET "data" = '{"version": 99}' WHERE "organizationId" = $1 AND "seq" = 2`, [id]);
    expect(await takeCheckpoint(app.prisma, id, config)).toMatchObject({ taken: false, reason: expect.stringMatching(/broken at event 2/) });
  });
});

/** What a careful attacker does after editing: recompute every hash and the head so the chain itself holds. */
async function rehash(sql: { query: (q: string, p?: unknown[]) => Promise<unknown[]> }, organizationId: string) {
  const rows = (await sql.query(`SELECT * FROM "AuditEvent" WHERE "organizationId" = $1 ORDER BY "seq"`, [organizationId])) as (ChainedFields & { id: string })[];
  let prev = GENESIS_HASH;
  for (const r of rows) {
    const hash = chainHash(prev, { ...r, occurredAt: new Date(r.occurredAt) });
    await sql.query(`UPDATE "AuditEvent" SET "prevHash" = $1, "hash" = $2 WHERE "id" = $3`, [prev, hash, r.id]);
    prev = hash;
  }
  await sql.query(`UPDATE "AuditHead" SET "hash" = $1 WHERE "organizationId" = $2`, [prev, organizationId]);
}
