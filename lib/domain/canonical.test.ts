import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, digestOf, sha256Hex } from "./canonical";

describe("canonical JSON", () => {
  it("sorts keys at every depth and drops undefined members", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
  });
  it("gives equal digests for equal values written in another order", () => {
    expect(digestOf({ x: 1, y: [1, 2] })).toBe(digestOf({ y: [1, 2], x: 1 }));
    expect(digestOf({ x: 1 })).not.toBe(digestOf({ x: 2 }));
  });
  it("hashes with SHA-256", () => {
    expect(sha256Hex("abc")).toBe(createHash("sha256").update("abc").digest("hex"));
  });
  it("refuses values JSON cannot carry", () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson(() => 1)).toThrow();
  });
});

describe("digests", () => {
  it("are the same with Node's native SHA-256 as with the portable one", () => {
    const value = { b: [1, "two", { c: null }], a: "ünïcødé ✓", n: 1.5 };
    expect(digestOf(value, (t) => createHash("sha256").update(t, "utf8").digest("hex"))).toBe(digestOf(value));
  });
});
