import { describe, expect, it } from "vitest";
import { priceNodeGroup } from "./price-node-group";
import { HOURS, TEST_CATALOG, testDocument } from "./testing/fixtures";

const opts = { catalog: TEST_CATALOG };
const eastus = { id: "eastus", provider: "azure", region: "eastus" } as const;

function onlyGroup(doc: ReturnType<typeof testDocument>) {
  const g = doc.nodeGroups[0];
  if (!g) throw new Error("fixture has no group");
  return g;
}

describe("priceNodeGroup", () => {
  it("prices 4 x Standard_D4s_v5 on AKS in eastus by hand: 4 x $0.192 x 730 h + 4 x 256 GB Standard SSD", () => {
    const doc = testDocument([eastus], [
      { id: "v", regionId: "eastus", role: "validator", count: 4, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
    ]);
    const cost = priceNodeGroup(doc, onlyGroup(doc), opts);
    expect(cost.compute).toBeCloseTo(4 * 0.192 * HOURS, 6); // 560.64
    expect(cost.storage).toBeCloseTo(4 * 256 * 0.075, 6); // 76.80
    expect(cost.platform).toBe(0);
    expect(cost.egress).toBe(0); // one region: no peers elsewhere
    expect(cost.monthlyUsd).toBeCloseTo(637.44, 6);
    expect(cost.priceSource).toBe("regional");
    expect(cost.unknownSize).toBeUndefined();
    expect(cost.sizeResolution).toBe("listed");
    expect(cost.lines.reduce((s, l) => s + l.monthlyUsd, 0)).toBeCloseTo(cost.monthlyUsd, 9);
    // The shared control plane is not in the group's total, and the group says so.
    expect(cost.assumptions.some((a) => a.includes("control plane") && a.includes("73.00"))).toBe(true);
  });

  it("applies the region's multiplier to compute and disks", () => {
    const doc = testDocument([{ id: "we", provider: "azure", region: "westeurope" }], [
      { id: "v", regionId: "we", role: "validator", count: 4, deploymentType: "vm", vmSize: "Standard_D4s_v5" },
    ]);
    const cost = priceNodeGroup(doc, onlyGroup(doc), opts);
    expect(cost.regionalMultiplier).toBe(1.2);
    expect(cost.priceSource).toBe("regional");
    expect(cost.compute).toBeCloseTo(4 * 0.192 * 1.2 * HOURS, 6);
    expect(cost.storage).toBeCloseTo(4 * 256 * 0.075 * 1.2, 6);
  });

  it("falls back to the geography default for a region without its own figure, and says so", () => {
    const doc = testDocument([{ id: "be", provider: "azure", region: "examplewesteurope" }], [
      { id: "v", regionId: "be", role: "validator", count: 1, deploymentType: "vm", vmSize: "Standard_D2s_v5" },
    ]);
    const topologyWide = priceNodeGroup(doc, onlyGroup(doc), opts);
    expect(topologyWide.priceSource).toBe("geography-default");
    expect(topologyWide.regionalMultiplier).toBe(1.2); // Europe default
    expect(topologyWide.compute).toBeCloseTo(0.096 * 1.2 * HOURS, 6);
  });

  it("flags an unknown size with an estimate instead of throwing", () => {
    for (const vmSize of ["Standard_Q7zz", "not a size", "??", "x"]) {
      const doc = testDocument([eastus], [
        { id: "v", regionId: "eastus", role: "validator", count: 2, deploymentType: "vm", vmSize },
      ]);
      const cost = priceNodeGroup(doc, onlyGroup(doc), opts);
      expect(cost.unknownSize).toBe(true);
      expect(cost.sizeResolution).toBe("default");
      expect(cost.pricedSize).toBe("Standard_D4s_v5");
      expect(cost.compute).toBeCloseTo(2 * 0.192 * HOURS, 6);
      expect(cost.assumptions.some((a) => a.includes(vmSize) && a.includes("not a recognised"))).toBe(true);
    }
  });

  it("estimates an unlisted size of a listed series from its name (Standard_D48s_v5 = 24 x D2s_v5)", () => {
    const doc = testDocument([eastus], [
      { id: "v", regionId: "eastus", role: "validator", count: 1, deploymentType: "vm", vmSize: "Standard_D48s_v5" },
    ]);
    const cost = priceNodeGroup(doc, onlyGroup(doc), opts);
    expect(cost.unknownSize).toBe(true);
    expect(cost.sizeResolution).toBe("name-pattern");
    expect(cost.vcpu).toBe(48);
    expect(cost.memoryGiB).toBe(192);
    expect(cost.compute).toBeCloseTo(24 * 0.096 * HOURS, 6);
  });

  it("prices another provider's size typed into a region as the closest local size, flagged", () => {
    const doc = testDocument([eastus], [
      { id: "v", regionId: "eastus", role: "validator", count: 1, deploymentType: "vm", vmSize: "m6i.xlarge" },
    ]);
    const cost = priceNodeGroup(doc, onlyGroup(doc), opts);
    expect(cost.sizeResolution).toBe("other-provider");
    expect(cost.unknownSize).toBe(true);
    expect(cost.pricedSize).toBe("Standard_D4s_v5");
  });

  it("prices serverless containers per vCPU-hour and GiB-hour of the node size", () => {
    const doc = testDocument([eastus], [
      { id: "r", regionId: "eastus", role: "rpc", count: 2, deploymentType: "aca", vmSize: "Standard_D2s_v5", exposure: "public" },
    ]);
    const cost = priceNodeGroup(doc, onlyGroup(doc), opts);
    expect(cost.compute).toBeCloseTo(2 * HOURS * (2 * 0.0864 + 8 * 0.0108), 6);
    expect(cost.platform).toBe(0); // ACA ingress is included: no load balancer
  });

  it("adds a load balancer for a public RPC group on VMs, and io2 IOPS for AWS premium disks", () => {
    const doc = testDocument([{ id: "use1", provider: "aws", region: "us-east-1" }], [
      {
        id: "r", regionId: "use1", role: "rpc", count: 1, deploymentType: "ec2", vmSize: "m6i.large",
        exposure: "public", storage: { type: "premium", sizeGB: 100 },
      },
    ]);
    const cost = priceNodeGroup(doc, onlyGroup(doc), opts);
    expect(cost.platform).toBeCloseTo(0.0225 * HOURS, 6);
    expect(cost.storage).toBeCloseTo(100 * 0.125 + 3000 * 0.065, 6);
    expect(cost.compute).toBeCloseTo(0.096 * HOURS, 6);
  });

  it("prices a deployment type foreign to the region's provider as its equivalent, with a note", () => {
    const doc = testDocument([{ id: "use1", provider: "aws", region: "us-east-1" }], [
      { id: "v", regionId: "use1", role: "validator", count: 1, deploymentType: "aks", vmSize: "m6i.xlarge" },
    ]);
    const cost = priceNodeGroup(doc, onlyGroup(doc), opts);
    expect(cost.deploymentType).toBe("eks");
    expect(cost.assumptions.some((a) => a.includes("aks does not run on aws"))).toBe(true);
  });
});
