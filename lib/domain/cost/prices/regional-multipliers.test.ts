import { describe, expect, it } from "vitest";
import { getRegion, listRegions } from "../../catalog";
import { PROVIDERS } from "../../region-key";
import { REGION_MULTIPLIERS } from "./regional-multipliers";

describe("regional multiplier tables", () => {
  it.each(PROVIDERS)("give every %s region of the catalog its own figure (a new region needs a price)", (provider) => {
    const table = REGION_MULTIPLIERS[provider];
    const missing = listRegions(provider).filter((r) => !Object.hasOwn(table, r.id)).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it.each(PROVIDERS)("name only %s regions the catalog knows (no typos or retired regions)", (provider) => {
    const unknown = Object.keys(REGION_MULTIPLIERS[provider]).filter((id) => getRegion(provider, id) === undefined);
    expect(unknown).toEqual([]);
  });

  it("hold plausible ratios: the reference region at 1.0, none cheaper than 0.8 or dearer than 2.5", () => {
    expect([REGION_MULTIPLIERS.azure.eastus, REGION_MULTIPLIERS.aws["us-east-1"], REGION_MULTIPLIERS.gcp["us-central1"]]).toEqual([1, 1, 1]);
    for (const table of Object.values(REGION_MULTIPLIERS)) {
      for (const m of Object.values(table)) {
        expect(m).toBeGreaterThanOrEqual(0.8);
        expect(m).toBeLessThanOrEqual(2.5);
        expect(Math.round(m * 100) / 100).toBe(m); // rounded to 0.01, as documented
      }
    }
  });

  it("price sovereign clouds at least at their commercial reference", () => {
    const sovereign = listRegions().filter((r) => r.classification !== "commercial");
    expect(sovereign.length).toBeGreaterThan(0);
    for (const r of sovereign) expect(REGION_MULTIPLIERS[r.provider][r.id]).toBeGreaterThanOrEqual(1.2);
  });
});
