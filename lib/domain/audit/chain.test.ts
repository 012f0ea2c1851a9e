import { describe, expect, it } from "vitest";
import { canonicalJson, sha256Hex } from "../canonical";
import { chainHash, chainHashParts, GENESIS_HASH, type ChainedFields } from "./chain";

const event: ChainedFields = {
  organizationId: "org_1",
  seq: 41,
  actorId: null,
  actorEmail: "ana@example.com",
  action: "topology.save",
  targetType: "topology",
  targetId: "top_1",
  requestId: "req_1",
  occurredAt: new Date("2026-12-08T01:02:03.456Z"),
  beforeDigest: null,
  afterDigest: "ab".repeat(32),
  // Nested keys named like the top-level ones must not confuse where "seq" is split.
  data: { seq: 0, targetId: "x", note: "Zürich \u2013 \"quoted\"", list: [1, 2.5, null] },
};

describe("the chain hash", () => {
  it("hashes the previous hash and the canonical JSON of the chained fields", () => {
    const text = `${GENESIS_HASH}\n${canonicalJson({ ...event, occurredAt: event.occurredAt.toISOString() })}`;
    expect(chainHash(GENESIS_HASH, event)).toBe(sha256Hex(text));
  });

  it("splits that text around the sequence number, for every sequence number", () => {
    const { beforeSeq, afterSeq } = chainHashParts(event);
    for (const seq of [1, 9, 10, 123456789]) {
      const whole = canonicalJson({ ...event, seq, occurredAt: event.occurredAt.toISOString() });
      expect(`${beforeSeq}${seq}${afterSeq}`).toBe(whole);
    }
  });

  it("changes with any chained field", () => {
    const base = chainHash(GENESIS_HASH, event);
    expect(chainHash(GENESIS_HASH, { ...event, seq: 42 })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...event, data: { ...event.data as object, note: "changed" } })).not.toBe(base);
    expect(chainHash("1".repeat(64), event)).not.toBe(base);
  });
});
