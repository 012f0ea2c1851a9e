import { describe, expect, it } from "vitest";
import { HOURS_PER_MONTH } from "./prices";
import { priceNodeGroup } from "./price-node-group";
import { resolveSize } from "./size-resolution";
import { parseSizeName } from "./size-name-parsing";
import { TEST_CATALOG, testDocument } from "./testing/fixtures";

// Sizes that QDQ's azureSizeMap examples and older configs name (Standard_DS3_v2 in its tests, Dv2 and
// F-series in AKS quick starts): each is priced as itself, never as the default Standard_D4s_v5.
describe("previous-generation Azure sizes", () => {
  it.each([
    ["Standard_D2_v2", 2, 7, 0.146],
    ["Standard_DS3_v2", 4, 14, 0.293],
    ["standard_ds3_v2", 4, 14, 0.293],
    ["Standard_DS12_v2", 4, 28, 0.371],
    ["Standard_F4s", 4, 8, 0.199],
    ["Standard_D4_v3", 4, 16, 0.192],
    ["Standard_E4s_v3", 4, 32, 0.252],
    ["Standard_A2_v2", 2, 4, 0.091],
    ["Standard_A4m_v2", 4, 32, 0.249],
  ] as const)("%s is listed: %i vCPU, %f GiB, $%f/h", (name, vcpu, memoryGiB, hourlyUsd) => {
    const resolved = resolveSize("azure", name);
    expect(resolved.resolution).toBe("listed");
    expect(resolved.spec).toMatchObject({ vcpu, memoryGiB, hourlyUsd });
  });

  it("reads the Dv2 numbering (the number is not the vCPU count) and DS written before the number", () => {
    expect(parseSizeName("azure", "Standard_D5_v2")).toMatchObject({ vcpu: 16, memoryGiB: 56, sizeClass: "general" });
    expect(parseSizeName("azure", "Standard_DS13_v2")).toMatchObject({ vcpu: 8, memoryGiB: 56, sizeClass: "memory" });
    expect(parseSizeName("azure", "Standard_D6_v2")).toBeUndefined();
    expect(parseSizeName("azure", "Standard_A8m_v2")).toMatchObject({ vcpu: 8, memoryGiB: 64 });
    expect(parseSizeName("azure", "Standard_A3")).toMatchObject({ vcpu: 4, memoryGiB: 7 });
  });

  it("prices a constrained-vCPU size as its full size, from its own series", () => {
    const resolved = resolveSize("azure", "Standard_DS13-4_v2");
    expect(resolved.resolution).toBe("name-pattern");
    expect(resolved.spec).toMatchObject({ vcpu: 8, memoryGiB: 56 });
    // From DS11_v2 ($0.185 for 2 vCPU), not from the general-purpose DS1-DS5.
    expect(resolved.spec.hourlyUsd).toBeCloseTo(4 * 0.185, 9);
  });

  it("a node group on Standard_DS3_v2 is costed at its own price, not flagged as unknown", () => {
    const doc = testDocument([{ id: "eastus", provider: "azure", region: "eastus" }], [
      { id: "v", regionId: "eastus", role: "validator", count: 3, deploymentType: "vm", vmSize: "Standard_DS3_v2" },
    ]);
    const cost = priceNodeGroup(doc, doc.nodeGroups[0]!, { catalog: TEST_CATALOG });
    expect(cost.unknownSize).toBeUndefined();
    expect(cost).toMatchObject({ sizeResolution: "listed", pricedSize: "Standard_DS3_v2", vcpu: 4, memoryGiB: 14 });
    expect(cost.compute).toBeCloseTo(3 * 0.293 * HOURS_PER_MONTH, 6);
  });
});
