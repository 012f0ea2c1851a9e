import { describe, expect, it } from "vitest";
import { regionLabel } from "./region-label";

describe("regionLabel", () => {
  it("names a region by provider and catalog display name", () => {
    expect(regionLabel({ id: "eastus", provider: "azure", region: "eastus" })).toBe("Azure · East US");
    expect(regionLabel({ id: "us-east-1", provider: "aws", region: "us-east-1" })).toMatch(/^AWS · (?!us-east-1)/);
  });

  it("adds the document id when it is not the catalog id, so duplicates read apart", () => {
    const labels = [
      regionLabel({ id: "r0", provider: "azure", region: "eastus" }),
      regionLabel({ id: "r1", provider: "azure", region: "eastus" }),
      regionLabel({ id: "eastus", provider: "azure", region: "eastus" }),
    ];
    expect(labels).toEqual(["Azure · East US (r0)", "Azure · East US (r1)", "Azure · East US"]);
  });

  it("falls back to the provider's region id when the catalog doesn't know it", () => {
    expect(regionLabel({ id: "r2", provider: "gcp", region: "mars-north1" })).toBe("Google Cloud · mars-north1 (r2)");
  });
});
