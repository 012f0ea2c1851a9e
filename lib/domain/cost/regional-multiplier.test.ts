import { describe, expect, it } from "vitest";
import { getRegion, listRegions } from "../catalog";
import { regionalMultiplier } from "./regional-multiplier";
import { TEST_CATALOG } from "./testing/fixtures";

describe("regionalMultiplier", () => {
  it("prices every region of Meridian's catalogs from its own figure", () => {
    const notRegional = listRegions()
      .filter((r) => regionalMultiplier(r.provider, r.id, r).priceSource !== "regional")
      .map((r) => `${r.provider}:${r.id}`);
    expect(notRegional).toEqual([]);
    expect(regionalMultiplier("azure", "chinanorth", getRegion("azure", "chinanorth"))).toEqual({ multiplier: 1.3, priceSource: "regional" });
  });

  it("uses the geography default for a catalog region without a figure, with a note", () => {
    const level = regionalMultiplier("azure", "examplewesteurope", TEST_CATALOG.getRegion("azure", "examplewesteurope"));
    expect(level).toMatchObject({ multiplier: 1.2, priceSource: "geography-default" });
    expect(level.note).toMatch(/Europe default/);
  });

  it("flags a region no catalog knows as unpriced, at reference-region prices", () => {
    const level = regionalMultiplier("aws", "mars-north-1", undefined);
    expect(level).toMatchObject({ multiplier: 1, priceSource: "unpriced" });
    expect(level.note).toMatch(/aws:mars-north-1 is not in the region catalog.*placeholder/);
  });
});
