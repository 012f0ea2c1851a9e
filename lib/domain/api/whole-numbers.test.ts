import { describe, expect, it } from "vitest";
import { AuditQuerySchema, ListTopologiesQuery, SaveVersionBody, VersionDiffQuery } from ".";
import { intText, MAX_STORED_INT, storedInt } from "./whole-numbers";

describe("whole numbers bound for integer columns", () => {
  it("reads digits within the column's range from a path or query", () => {
    expect(intText().parse("1")).toBe(1);
    expect(intText().parse(String(MAX_STORED_INT))).toBe(MAX_STORED_INT);
    expect(intText({ max: 100 }).parse("0100")).toBe(100);
  });

  it("refuses what a plain coercion would let through, with a message", () => {
    for (const text of ["2147483648", "99999999999", "0", "-1", "1e3", " 7", "0x10", "1.0", "", "NaN", "Infinity", "9".repeat(400)]) {
      const result = intText().safeParse(text);
      expect(result.success, text).toBe(false);
      expect(result.error?.issues[0]?.message, text).toMatch(/^must be/);
    }
  });

  it("bounds numbers in JSON bodies the same way", () => {
    expect(storedInt().safeParse(MAX_STORED_INT).success).toBe(true);
    expect(storedInt().safeParse(MAX_STORED_INT + 1).error?.issues[0]?.message).toBe(`must be at most ${MAX_STORED_INT}`);
    expect(SaveVersionBody.safeParse({ baseVersion: 2 ** 31, document: {} }).success).toBe(false);
  });

  it("is what the query schemas use", () => {
    expect(AuditQuerySchema.safeParse({ before: "99999999999" }).success).toBe(false);
    expect(VersionDiffQuery.safeParse({ from: "1", to: "2147483648" }).success).toBe(false);
    expect(VersionDiffQuery.parse({ from: "1", to: "2" })).toEqual({ from: 1, to: 2 });
    expect(ListTopologiesQuery.parse({})).toMatchObject({ limit: 50 });
    expect(ListTopologiesQuery.safeParse({ q: "a\u0000" }).success).toBe(false);
  });
});
