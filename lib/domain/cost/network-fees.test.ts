import { describe, expect, it } from "vitest";
import { classifyFromCatalog } from "../consensus";
import { group, makeDocument, region } from "../consensus/test-documents";
import { buildConnectivity } from "../net/connectivity";
import { networkFees } from "./network-fees";
import { priceTopology } from "./price-topology";

const H = 730;

describe("network fees", () => {
  const eastus = region("eastus", "azure", "eastus");
  const use1 = region("use1", "aws", "us-east-1");
  const doc = makeDocument({
    regions: [eastus, use1],
    nodeGroups: [group("az", eastus, "validator", 4), group("aws", use1, "validator", 2), group("rpc", use1, "rpc", 3)],
    links: [{ id: "vpn", from: "eastus", to: "use1", kind: "vpn" }],
  });

  it("prices each piece the export builds, by region", () => {
    const fees = networkFees(doc, buildConnectivity(doc, classifyFromCatalog));
    const lines = fees.map((f) => [f.regionId, f.line.label, Number(f.line.monthlyUsd.toFixed(2))]);
    expect(lines).toEqual([
      ["eastus", "NAT gateway and its public IP", 36.5],
      // 4 addresses x (TCP + UDP) = 8 rules: 5 in the base price, 3 at $0.01/h.
      ["eastus", "p2p internal load balancer (4 addresses, 8 rules)", Number(((0.025 + 0.03) * H).toFixed(2))],
      ["use1", "NAT gateway and its Elastic IP", 36.5],
      // RPC nodes dial out: only the 2 validators get a load balancer.
      ["use1", "p2p Network Load Balancers (2)", Number((2 * 0.0225 * H).toFixed(2))],
      ["eastus", "VPN gateway VpnGw1AZ and its public IP", Number((0.366 * H).toFixed(2))],
      ["use1", "Site-to-site VPN connection (vpn)", 36.5],
      ["eastus", "Private DNS zone", 0.5],
      ["use1", "Private DNS zone", 0.5],
    ]);
    const cost = priceTopology(doc);
    expect(cost.networkMonthlyUsd).toBeCloseTo(fees.reduce((s, f) => s + f.line.monthlyUsd, 0), 9);
    expect(cost.networkMonthlyUsd).toBeCloseTo(36.5 + 0.055 * H + 36.5 + 0.045 * H + 0.366 * H + 36.5 + 1, 6);
  });

  it("adds a Virtual WAN hub and its VPN for Azure hub-spoke, and one tunnel per VPN on Google Cloud", () => {
    const westus2 = region("westus2", "azure", "westus2");
    const belgium = region("be", "gcp", "europe-west1");
    const hub = makeDocument({
      regions: [eastus, westus2, belgium],
      nodeGroups: [group("a", eastus, "validator", 2), group("b", westus2, "validator", 1), group("c", belgium, "validator", 1, { deploymentType: "gce" })],
      network: { topology: "hub-spoke", hubRegionId: "eastus" },
      links: [{ id: "to-gcp", from: "westus2", to: "be" }],
    });
    const labels = networkFees(hub, buildConnectivity(hub, classifyFromCatalog)).map((f) => `${f.regionId}: ${f.line.label}`);
    expect(labels).toContain("eastus: Virtual WAN hub (Standard)");
    expect(labels).toContain("eastus: Virtual WAN site-to-site VPN (1 scale unit)");
    expect(labels).toContain("eastus: VPN site connection (to-gcp)");
    expect(labels).toContain("be: VPN gateway forwarding rules and address");
    expect(labels).toContain("be: Cloud VPN tunnel (to-gcp)");
    expect(labels.filter((l) => l.includes("VPN gateway Vpn"))).toEqual([]);
  });
});
