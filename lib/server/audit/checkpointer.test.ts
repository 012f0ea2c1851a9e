import { mkdtempSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChainVerifier, generateSigningKey, parseCheckpointFile, parseExportedLog, trustedKeys } from "@/lib/domain/audit";
import { createTestDatabase, type TestDatabase } from "../testing/databases";
import { appendAuditEvent } from "./append";
import type { CheckpointConfig } from "./checkpoint-config";
import { readFileSink } from "./checkpoint-sinks";
import { checkpointDue, dueForCheckpoint } from "./checkpointer";
import { exportAuditLog } from "./export-log";
import { auditCheckpoints } from "./list-checkpoints";
import { takeCheckpoint } from "./take-checkpoint";
import { verifyAuditChain } from "./verify";

describe("taking audit checkpoints", () => {
  let db: TestDatabase;
  let config: CheckpointConfig;
  let orgs = 0;

  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    const key = generateSigningKey();
    config = {
      key, trusted: trustedKeys([key.publicKey]), file: path.join(mkdtempSync(path.join(tmpdir(), "meridian-sink-")), "c.jsonl"),
      url: null, everyEvents: 3, everySeconds: 60,
    };
  });
  afterAll(async () => db?.destroy());

  async function organisation(events: number) {
    const org = await db.prisma.organization.create({ data: { name: `O${++orgs}`, slug: `o-${orgs}` } });
    for (let i = 0; i < events; i++) {
      await db.prisma.$transaction((tx) =>
        appendAuditEvent(tx, { organizationId: org.id, actor: null, action: "topology.save", targetType: "topology", targetId: "t", requestId: `r${i}` }),
      );
    }
    return org.id;
  }

  it("is due after N events, or once the oldest unsigned event has waited T seconds", async () => {
    const few = await organisation(2);
    const many = await organisation(3);
    const due = await dueForCheckpoint(db.prisma, config);
    expect(due).toContain(many);
    expect(due).not.toContain(few);
    expect(await dueForCheckpoint(db.prisma, config, new Date(Date.now() + 61_000))).toEqual(expect.arrayContaining([few, many]));
  });

  it("signs each due head once, in the database and the file sink, and verification then counts it", async () => {
    const id = await organisation(4);
    await checkpointDue(db.prisma, config);
    expect(await dueForCheckpoint(db.prisma, config)).not.toContain(id);
    expect(readFileSink(config.file).checkpoints.filter((c) => c.organizationId === id)).toHaveLength(1);
    expect(await db.prisma.auditCheckpoint.count({ where: { organizationId: id } })).toBe(1);
    expect(await takeCheckpoint(db.prisma, id, config)).toMatchObject({ taken: false, reason: "the head is already checkpointed" });
    expect(await verifyAuditChain(db.prisma, id, config)).toMatchObject({ ok: true, unanchored: 0, checkpoints: { trusted: 1, latest: { seq: 4 } } });
  });

  it("exports a log and checkpoints that verify offline, exactly as the server verified them", async () => {
    const id = await organisation(5);
    await takeCheckpoint(db.prisma, id, config);
    const events = parseExportedLog(await exportAuditLog(db.prisma, id).text());
    const checkpoints = parseCheckpointFile(JSON.stringify(await auditCheckpoints(db.prisma, id, config)));
    const verifier = new ChainVerifier(id, checkpoints, config.trusted);
    for (const e of events) verifier.add(e);
    expect(verifier.finish()).toMatchObject({ ok: true, checked: 5, unanchored: 0, checkpoints: { trusted: 1 } });
  });

  it("sends each new checkpoint to the operator's HTTP sink too", async () => {
    const received: unknown[] = [];
    const sink = http.createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        received.push(JSON.parse(body));
        res.end();
      });
    });
    await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
    try {
      const id = await organisation(2);
      const url = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/checkpoints`;
      const outcome = await takeCheckpoint(db.prisma, id, { ...config, url });
      expect(outcome.taken).toBe(true);
      expect(received).toEqual([outcome.checkpoint]);
    } finally {
      await new Promise<void>((resolve) => sink.close(() => resolve()));
    }
  });

  it("takes nothing for an organisation without events", async () => {
    const id = await organisation(0);
    expect(await takeCheckpoint(db.prisma, id, config)).toMatchObject({ taken: false, reason: expect.stringMatching(/no audit events/) });
  });
});
