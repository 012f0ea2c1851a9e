import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { bytesToHex } from "@noble/hashes/utils.js";
import { afterAll, describe, expect, it } from "vitest";
import { chainHash, generateSigningKey, GENESIS_HASH, signCheckpoint } from "../../domain/audit";
import { Workspace } from "../testing/run-bin";

const ORG = "org-cli";

/** An exported log of `n` events, as GET /api/audit/export writes it, and its events' hashes. */
function exportedLog(n: number, edit?: (e: Record<string, unknown>) => void) {
  let prev = GENESIS_HASH;
  const events = [];
  for (let seq = 1; seq <= n; seq++) {
    const fields = {
      organizationId: ORG, seq, actorId: null, actorEmail: "ops@example.com", action: "topology.save", targetType: "topology", targetId: "t",
      requestId: `r${seq}`, occurredAt: new Date(Date.UTC(2026, 11, 2, 10, seq)), beforeDigest: null, afterDigest: null, data: { version: seq },
    };
    edit?.(fields);
    const hash = chainHash(prev, fields);
    events.push({ id: String(seq), ...fields, occurredAt: fields.occurredAt.toISOString(), prevHash: prev, hash });
    prev = hash;
  }
  return events;
}

const jsonl = (items: object[]) => items.map((i) => JSON.stringify(i)).join("\n") + "\n";

describe.concurrent("meridian audit", () => {
  const ws = new Workspace();
  afterAll(() => ws.dispose());
  const key = generateSigningKey();
  const pub = bytesToHex(key.publicKey);
  const log = exportedLog(6);
  ws.write("log.jsonl", jsonl(log));
  ws.write("checkpoints.jsonl", jsonl([3, 5].map((seq) => signCheckpoint({ organizationId: ORG, seq, hash: log[seq - 1]!.hash, at: `2026-12-02T11:0${seq}:00.000Z` }, key))));

  it("passes an intact log and says how much no checkpoint covers", async () => {
    const r = await ws.run(["audit", "verify", "--log", "log.jsonl", "--checkpoints", "checkpoints.jsonl", "--public-key", pub]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("6 events checked");
    expect(r.stdout).toContain("Newest trusted checkpoint: event 5");
    expect(r.stdout).toContain("1 later event(s)");
    expect(r.stdout.trimEnd().endsWith("The log holds.")).toBe(true);
  });

  it("exits 1 for a log rewritten with every hash recomputed, and for one cut short", async () => {
    ws.write("rewritten.jsonl", jsonl(exportedLog(6, (e) => { if (e.seq === 2) e.actorEmail = "intruder@example.com"; })));
    const rewritten = await ws.json(["audit", "verify", "--log", "rewritten.jsonl", "--checkpoints", "checkpoints.jsonl", "--public-key", pub, "--format", "json"]);
    expect(rewritten.code).toBe(1);
    expect(rewritten.body).toMatchObject({ format: "meridian-audit-verify/1", ok: false, firstBroken: { seq: 3 } });
    ws.write("short.jsonl", jsonl(log.slice(0, 4)));
    const short = await ws.run(["audit", "verify", "--log", "short.jsonl", "--checkpoints", "checkpoints.jsonl", "--public-key", pub]);
    expect(short.code).toBe(1);
    expect(short.stdout).toMatch(/BROKEN at event 5: the log ends at event 4/);
    ws.write("empty.jsonl", "");
    const deleted = await ws.run(["audit", "verify", "--log", "empty.jsonl", "--checkpoints", "checkpoints.jsonl", "--public-key", pub]);
    expect(deleted.code).toBe(1);
    expect(deleted.stdout).toMatch(/the log was deleted/);
  });

  it("ignores checkpoints signed by other keys, saying so, and exits 2 for bad input", async () => {
    const other = bytesToHex(generateSigningKey().publicKey);
    const r = await ws.run(["audit", "verify", "--log", "log.jsonl", "--checkpoints", "checkpoints.jsonl", "--public-key", other]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No checkpoint is signed by a trusted key/);
    expect(r.stdout).toMatch(/2 checkpoint\(s\) signed by keys not given/);
    ws.write("garbage.jsonl", "{not json\n");
    expect((await ws.run(["audit", "verify", "--log", "garbage.jsonl"])).stderr).toMatch(/line 1 of the log is not JSON/);
    expect((await ws.run(["audit", "verify", "--log", "log.jsonl", "--checkpoints", "checkpoints.jsonl"])).code).toBe(2);
    expect((await ws.run(["audit", "verify", "--log", "log.jsonl", "--public-key", "abc"])).stderr).toMatch(/64 hex digits/);
  });

  it("keygen writes a private key readable by its owner only and prints the public key that verifies its signatures", async () => {
    const r = await ws.run(["audit", "keygen", "--out", "signing.key"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Public key: [0-9a-f]{64}/);
    expect(readFileSync(join(ws.dir, "signing.key"), "utf8").trim()).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(join(ws.dir, "signing.key")).mode & 0o777).toBe(0o600);
    expect((await ws.run(["audit", "keygen", "--out", "signing.key"])).stderr).toMatch(/already exists/);
  });
});
