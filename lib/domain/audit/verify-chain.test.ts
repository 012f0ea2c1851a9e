import { describe, expect, it } from "vitest";
import { chainHash, GENESIS_HASH, type ChainedEvent } from "./chain";
import { generateSigningKey, signCheckpoint, trustedKeys, type AuditCheckpoint, type SigningKey } from "./checkpoint";
import { ChainVerifier } from "./verify-chain";

const ORG = "org-1";

function chain(length: number, edit?: (fields: Omit<ChainedEvent, "id" | "prevHash" | "hash">) => void): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const fields = {
      organizationId: ORG, seq, actorId: "u1", actorEmail: "a@example.com", action: "topology.save", targetType: "topology",
      targetId: "t1", requestId: `r${seq}`, occurredAt: new Date(Date.UTC(2026, 11, 1, 0, seq)), beforeDigest: null, afterDigest: null,
      data: { version: seq },
    };
    edit?.(fields);
    const hash = chainHash(prev, fields);
    events.push({ ...fields, id: String(seq), prevHash: prev, hash });
    prev = hash;
  }
  return events;
}

const checkpointAt = (events: ChainedEvent[], seq: number, key: SigningKey): AuditCheckpoint =>
  signCheckpoint({ organizationId: ORG, seq, hash: events[seq - 1]!.hash, at: `2026-12-01T01:${String(seq).padStart(2, "0")}:00.000Z` }, key);

function verify(events: ChainedEvent[], checkpoints: AuditCheckpoint[], keys: SigningKey[], head?: { seq: number; hash: string } | null) {
  const verifier = new ChainVerifier(ORG, checkpoints, trustedKeys(keys.map((k) => k.publicKey)));
  for (const e of events) if (!verifier.add(e)) break;
  return verifier.finish(head);
}

describe("audit chain verification against signed checkpoints", () => {
  const key = generateSigningKey();
  const good = chain(10);
  const checkpoints = [checkpointAt(good, 4, key), checkpointAt(good, 8, key)];

  it("passes an intact chain and says how many events no checkpoint covers yet", () => {
    const report = verify(good, checkpoints, [key], { seq: 10, hash: good[9]!.hash });
    expect(report).toMatchObject({ ok: true, checked: 10, headSeq: 10, unanchored: 2, checkpoints: { trusted: 2, unknownKey: 0, latest: { seq: 8 } } });
  });

  it("finds an event altered in place (its hash no longer matches)", () => {
    const altered = good.map((e) => (e.seq === 3 ? { ...e, data: { version: 999 } } : e));
    expect(verify(altered, checkpoints, [key]).firstBroken).toMatchObject({ seq: 3, reason: expect.stringMatching(/altered/) });
  });

  it("finds history rewritten with every hash recomputed, between the checkpoints that still match and the one that does not", () => {
    const rewritten = chain(10, (f) => { if (f.seq === 6) f.actorEmail = "someone-else@example.com"; });
    const report = verify(rewritten, checkpoints, [key], { seq: 10, hash: rewritten[9]!.hash });
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toMatchObject({ seq: 8, reason: expect.stringMatching(/rewritten after event 4, .*at or before this event/) });
  });

  it("finds the newest events cut off with the head moved back", () => {
    const cut = good.slice(0, 6);
    expect(verify(cut, checkpoints, [key], { seq: 6, hash: cut[5]!.hash }).firstBroken).toMatchObject({ seq: 7, reason: expect.stringMatching(/ends at event 6.*covers 8: events were removed/) });
  });

  it("finds a deleted log: checkpoints but no events", () => {
    expect(verify([], checkpoints, [key], null).firstBroken).toMatchObject({ seq: 1, reason: expect.stringMatching(/log is empty.*deleted/) });
  });

  it("refuses a forged or altered checkpoint, and ignores one signed by an unknown key", () => {
    const forged = { ...checkpoints[1]!, hash: good[8]!.hash };
    expect(verify(good, [checkpoints[0]!, forged], [key]).firstBroken).toMatchObject({ seq: 8, reason: expect.stringMatching(/does not verify/) });
    const stranger = generateSigningKey();
    const report = verify(good, [checkpointAt(good, 9, stranger)], [key]);
    expect(report).toMatchObject({ ok: true, checkpoints: { trusted: 0, unknownKey: 1, latest: null }, unanchored: 10 });
  });

  it("still verifies checkpoints of a retired key once the key is rotated", () => {
    const next = generateSigningKey();
    const mixed = [checkpointAt(good, 4, key), checkpointAt(good, 8, next)];
    expect(verify(good, mixed, [next, key])).toMatchObject({ ok: true, checkpoints: { trusted: 2 } });
    expect(verify(good, mixed, [next])).toMatchObject({ ok: true, checkpoints: { trusted: 1, unknownKey: 1 } });
  });

  it("without checkpoints, still checks the chain and the head, and says nothing is anchored", () => {
    expect(verify(good, [], [key], { seq: 10, hash: good[9]!.hash })).toMatchObject({ ok: true, unanchored: 10, checkpoints: { latest: null } });
    expect(verify(good, [], [key], { seq: 12, hash: "f".repeat(64) }).firstBroken).toMatchObject({ seq: 11 });
  });
});
