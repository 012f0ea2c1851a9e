import { describe, expect, it } from "vitest";
import { TopologyDocumentSchema } from "@/lib/domain/schema";
import { buildMapModel, linkAriaLabel, linkTooltip, regionAriaLabel, regionTooltip } from "./map-model";

const doc = TopologyDocumentSchema.parse({
  schemaVersion: 1,
  name: "map",
  network: { client: "besu", consensus: "qbft", chainId: 1337 },
  regions: [
    { id: "weu", provider: "azure", region: "westeurope", primary: true, cidr: "10.1.0.0/16" },
    { id: "use1", provider: "aws", region: "us-east-1", cidr: "10.2.0.0/16" },
    { id: "nowhere", provider: "aws", region: "mars-north-1", cidr: "10.3.0.0/16" },
  ],
  nodeGroups: [
    { id: "v", regionId: "weu", role: "validator", count: 4, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
    { id: "r", regionId: "weu", role: "rpc", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
    { id: "v2", regionId: "weu", role: "validator", count: 1, deploymentType: "vm", vmSize: "Standard_D4s_v5" },
  ],
  links: [
    { id: "atlantic", from: "weu", to: "use1", kind: "vpn" },
    { id: "to-mars", from: "weu", to: "nowhere" },
  ],
});

describe("buildMapModel", () => {
  const model = buildMapModel(doc.regions, doc.nodeGroups, doc.links);

  it("places catalog regions and lists the others", () => {
    expect(model.regions.map((r) => r.id)).toEqual(["weu", "use1"]);
    expect(model.unplaced.map((r) => r.id)).toEqual(["nowhere"]);
    expect(model.regionsById.get("weu")?.lonLat).toEqual([4.9, 52.37]);
  });

  it("sums node counts per role", () => {
    const weu = model.regionsById.get("weu")!;
    expect(weu.nodesByRole).toEqual({ validator: 5, rpc: 2 });
    expect(weu.nodeCount).toBe(7);
    expect(model.regionsById.get("use1")?.nodeCount).toBe(0);
  });

  it("draws only links between placed regions, with their round-trip time", () => {
    expect(model.links.map((l) => l.id)).toEqual(["atlantic"]);
    expect(model.undrawnLinkCount).toBe(1);
    const link = model.links[0]!;
    expect(link.rttMs).toBeGreaterThan(50);
    expect(["measured", "estimated"]).toContain(link.source);
  });

  it("writes tooltips and accessible names with units and status", () => {
    const weu = model.regionsById.get("weu")!;
    expect(regionTooltip(weu, {})).toContain("West Europe (Azure westeurope)");
    expect(regionTooltip(weu, {})).toContain("Amsterdam, NL");
    expect(regionTooltip(weu, {})).toContain("Validators: 5");
    expect(regionTooltip(weu, { lost: true })).toContain("Lost in the simulated outage");
    expect(regionAriaLabel(weu, { selected: true, badge: "error" })).toBe(
      "West Europe, Azure region westeurope, 7 nodes, worst finding error, selected",
    );
    const link = model.links[0]!;
    expect(linkTooltip(link, {})).toMatch(/round trip \d+ ms \((measured|estimated from distance)\)/);
    expect(linkAriaLabel(link, {})).toMatch(/^Link West Europe \(Azure\) to US East \(N\. Virginia\) \(AWS\), vpn, \d+ ms (measured|estimated)$/);
  });
});
