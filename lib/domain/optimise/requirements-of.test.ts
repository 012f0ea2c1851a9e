import { describe, expect, it } from "vitest";
import { starterDocument } from "@/lib/domain/starter";
import { OptimiseSpecSchema } from "./spec";
import { requirementsOf, withPlacement } from "./requirements-of";
import type { TopologyDocument } from "../schema";

function threeRegions(): TopologyDocument {
  const doc = starterDocument("Three");
  const regions = [
    { id: "eastus", provider: "azure" as const, region: "eastus", primary: true, cidr: "10.1.0.0/16", subnetPrefix: 24 },
    { id: "westus2", provider: "azure" as const, region: "westus2", primary: false, cidr: "10.2.0.0/16", subnetPrefix: 24 },
    { id: "centralus", provider: "azure" as const, region: "centralus", primary: false, cidr: "10.3.0.0/16", subnetPrefix: 24 },
  ];
  const template = doc.nodeGroups.find((g) => g.role === "validator")!;
  return {
    ...doc,
    regions,
    nodeGroups: regions.map((r) => ({ ...template, id: `v-${r.id}`, regionId: r.id, count: 2 })),
    compliance: { packs: ["soc2"] },
    budgetMonthlyUsd: 9000,
  };
}

describe("requirements of a design", () => {
  it("keeps what the design guarantees: its count, the region loss it survives, its cloud, packs and budget", () => {
    const spec = OptimiseSpecSchema.parse(requirementsOf(threeRegions()));
    expect(spec).toMatchObject({
      client: "besu", consensus: "qbft", validators: { min: 6, max: 9 },
      tolerate: { regions: 1, provider: false }, providers: ["azure"], packs: ["soc2"], budgetUsdMonth: 9000, objective: "cost",
    });
  });

  it("asks for no region tolerance the design does not have, and never fewer validators than the consensus needs", () => {
    const spec = OptimiseSpecSchema.parse(requirementsOf(starterDocument("One region")));
    expect(spec.tolerate).toEqual({ regions: 0, provider: false });
    expect(spec.validators).toEqual({ min: 4, max: 7 });
  });

  it("takes the placement and keeps the rest of the design", () => {
    const doc = threeRegions();
    const placed = { ...starterDocument("Placed"), network: { ...doc.network, chainId: 999 } };
    const merged = withPlacement(doc, placed);
    expect(merged.name).toBe("Three");
    expect(merged.budgetMonthlyUsd).toBe(9000);
    expect(merged.network.chainId).toBe(doc.network.chainId);
    expect(merged.regions).toBe(placed.regions);
    expect(merged.nodeGroups).toBe(placed.nodeGroups);
    expect(merged.layout.positions).toEqual({});
  });
});
