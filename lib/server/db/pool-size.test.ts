import { describe, expect, it } from "vitest";
import { DEFAULT_POOL_SIZE, poolSizeSetting } from "./open";

describe("MERIDIAN_DB_POOL_SIZE", () => {
  it("defaults to 10 connections per instance", () => {
    expect(DEFAULT_POOL_SIZE).toBe(10);
    expect(poolSizeSetting(undefined)).toBe(10);
    expect(poolSizeSetting(" ")).toBe(10);
  });

  it("takes a whole number of connections", () => {
    expect(poolSizeSetting("4")).toBe(4);
    expect(poolSizeSetting(" 40 ")).toBe(40);
    expect(poolSizeSetting("1000")).toBe(1000);
  });

  it("refuses anything else, saying what it wants", () => {
    for (const bad of ["0", "-3", "2.5", "ten", "1e3", "1001", "0x10"]) {
      expect(() => poolSizeSetting(bad), bad).toThrow(`MERIDIAN_DB_POOL_SIZE must be a whole number of connections from 1 to 1000, not "${bad}".`);
    }
  });
});
