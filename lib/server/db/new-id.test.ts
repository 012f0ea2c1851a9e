import { describe, expect, it } from "vitest";
import { newId } from "./new-id";

describe("ids for rows written by plain SQL", () => {
  it("look like Prisma's cuid ids, are unique and sort roughly by creation time", () => {
    const ids = Array.from({ length: 2000 }, newId);
    for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]!.slice(1, 10) <= ids.at(-1)!.slice(1, 10)).toBe(true);
  });
});
