import { describe, expect, it } from "vitest";
import { firstFreeBlock, formatCidr, overlaps, parseCidr } from "./ipv4";

describe("IPv4 CIDR arithmetic", () => {
  it("parses blocks and clears host bits", () => {
    const r = parseCidr("10.1.3.7/16")!;
    expect(formatCidr(r.start, r.prefix)).toBe("10.1.0.0/16");
    expect(r.end - r.start + 1).toBe(65_536);
    expect(parseCidr("10.1.0.0/33")).toBeUndefined();
    expect(parseCidr("256.1.0.0/16")).toBeUndefined();
  });

  it("detects overlap, including containment, and not adjacency", () => {
    expect(overlaps(parseCidr("10.0.0.0/8")!, parseCidr("10.200.0.0/16")!)).toBe(true);
    expect(overlaps(parseCidr("10.1.0.0/16")!, parseCidr("10.2.0.0/16")!)).toBe(false);
    expect(overlaps(parseCidr("0.0.0.0/0")!, parseCidr("192.168.1.0/24")!)).toBe(true);
  });

  it("finds the first free block in 10.0.0.0/8", () => {
    expect(firstFreeBlock(16, [parseCidr("10.0.0.0/16")!, parseCidr("10.1.0.0/16")!])).toBe("10.2.0.0/16");
    expect(firstFreeBlock(24, [parseCidr("10.0.0.0/24")!, parseCidr("10.0.1.128/25")!, parseCidr("10.0.3.0/24")!])).toBe("10.0.2.0/24");
    expect(firstFreeBlock(8, [parseCidr("10.0.0.0/16")!])).toBeUndefined();
    expect(firstFreeBlock(16, [])).toBe("10.0.0.0/16");
  });
});

describe("nextFreeSlash16", () => {
  it("hands out the lowest 10.N.0.0/16 that overlaps nothing taken", async () => {
    const { nextFreeSlash16 } = await import("./ipv4");
    expect(nextFreeSlash16([])).toBe("10.1.0.0/16");
    expect(nextFreeSlash16([parseCidr("10.1.0.0/16")!, parseCidr("10.2.128.0/24")!])).toBe("10.3.0.0/16");
    expect(nextFreeSlash16([parseCidr("10.0.0.0/8")!])).toBeUndefined();
  });
});

describe("mergeCidrs", () => {
  it("merges aligned neighbours exactly, and never covers an address not given", async () => {
    const { mergeCidrs } = await import("./ipv4");
    expect(mergeCidrs(["10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16"])).toEqual(["10.1.0.0/16", "10.2.0.0/15", "10.4.0.0/16"]);
    expect(mergeCidrs(["10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16"])).toEqual(["10.0.0.0/14"]);
    expect(mergeCidrs(["10.0.1.0/24", "10.0.0.0/16", "100.64.0.0/16"])).toEqual(["10.0.0.0/16", "100.64.0.0/16"]);
    expect(mergeCidrs(["10.1.0.0/16", "10.3.0.0/16"])).toEqual(["10.1.0.0/16", "10.3.0.0/16"]);
    expect(mergeCidrs([])).toEqual([]);
  });
});
