import { describe, expect, it } from "vitest";
import { forkName } from "./fork-name";

describe("the name of a topology forked from a template", () => {
  it("is trimmed", () => {
    expect(forkName("  EU network ")).toEqual({ name: "EU network" });
  });

  it("is refused when empty or only whitespace, instead of silently becoming the template's title", () => {
    expect(forkName("")).toEqual({ error: "Give the new topology a name." });
    expect(forkName(" \t ")).toEqual({ error: "Give the new topology a name." });
  });
});
