import { describe, expect, it } from "vitest";
import type { NodeGroup } from "../schema";
import { priceTopology } from "./price-topology";
import { HOURS, TEST_CATALOG, testDocument } from "./testing/fixtures";
import type { TopologyCost } from "./types";

const opts = { catalog: TEST_CATALOG };

const REGIONS = [
  { id: "eastus", provider: "azure", region: "eastus" },
  { id: "westeurope", provider: "azure", region: "westeurope" },
  { id: "brazilsouth", provider: "azure", region: "brazilsouth" },
  { id: "use1", provider: "aws", region: "us-east-1" },
] as const;

const GROUPS = [
  { id: "v-east", regionId: "eastus", role: "validator", count: 3, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
  { id: "rpc-east", regionId: "eastus", role: "rpc", count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5", exposure: "public" },
  { id: "v-west", regionId: "westeurope", role: "validator", count: 2, deploymentType: "aks", vmSize: "Standard_E4s_v5" },
  { id: "boot-br", regionId: "brazilsouth", role: "bootnode", count: 1, deploymentType: "vm", vmSize: "Standard_B2ms" },
  { id: "v-aws", regionId: "use1", role: "validator", count: 2, deploymentType: "eks", vmSize: "m6i.xlarge" },
  { id: "m-aws", regionId: "use1", role: "member", count: 1, deploymentType: "fargate", vmSize: "m6i.large" },
] as const;

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

function expectConsistent(cost: TopologyCost) {
  const parts = cost.computeMonthlyUsd + cost.storageMonthlyUsd + cost.platformMonthlyUsd + cost.egressMonthlyUsd + cost.networkMonthlyUsd;
  expect(cost.totalMonthlyUsd).toBeCloseTo(parts, 6);
  expect(sum(Object.values(cost.byRegion))).toBeCloseTo(cost.totalMonthlyUsd, 6);
  expect(sum(Object.values(cost.byProvider))).toBeCloseTo(cost.totalMonthlyUsd, 6);
  const groups = sum(Object.values(cost.byGroup).map((g) => g.monthlyUsd));
  const fees = sum(Object.values(cost.clusterFees).map((f) => f.monthlyUsd));
  const network = sum(cost.networkFees.map((f) => f.line.monthlyUsd));
  expect(network).toBeCloseTo(cost.networkMonthlyUsd, 6);
  expect(groups + fees + network).toBeCloseTo(cost.totalMonthlyUsd, 6);
  expect(sum(Object.values(cost.byGroup).map((g) => g.egress))).toBeCloseTo(cost.egressMonthlyUsd, 6);
}

describe("priceTopology", () => {
  it("counts the managed Kubernetes fee once per region cluster, not per group", () => {
    const cost = priceTopology(testDocument(REGIONS, GROUPS), opts);
    expect(Object.keys(cost.clusterFees).sort()).toEqual(["eastus", "use1", "westeurope"]);
    expect(cost.clusterFees.eastus?.monthlyUsd).toBeCloseTo(0.1 * HOURS, 9); // two aks groups, one fee
    expect(cost.clusterFees.use1?.deploymentType).toBe("eks");
    expect(cost.clusterFees.brazilsouth).toBeUndefined(); // VMs only
    const groupPlatform = sum(Object.values(cost.byGroup).map((g) => g.platform));
    expect(cost.platformMonthlyUsd).toBeCloseTo(groupPlatform + 3 * 73, 6);
  });

  it("honours the AKS tier and the GKE free-tier credit options", () => {
    const doc = testDocument(
      [REGIONS[0], { id: "gcp1", provider: "gcp", region: "us-central1" }, { id: "gcp2", provider: "gcp", region: "us-east4" }],
      [
        { id: "a", regionId: "eastus", role: "validator", count: 1, deploymentType: "aks", vmSize: "Standard_D2s_v5" },
        { id: "g1", regionId: "gcp1", role: "validator", count: 1, deploymentType: "gke", vmSize: "n2-standard-2" },
        { id: "g2", regionId: "gcp2", role: "validator", count: 1, deploymentType: "gke", vmSize: "n2-standard-2" },
      ],
    );
    const cost = priceTopology(doc, { ...opts, aksTier: "free", applyGkeFreeTierCredit: true });
    expect(cost.clusterFees.eastus?.monthlyUsd).toBe(0);
    expect(cost.clusterFees.gcp1?.monthlyUsd).toBeCloseTo(0, 9); // $73.00 fee, $74.40 credit
    expect(cost.clusterFees.gcp2?.monthlyUsd).toBeCloseTo(73 - 1.4, 9); // the credit's remainder
    expectConsistent(cost);
  });

  it("total equals the sum of its parts, by category, region, provider and group", () => {
    const cost = priceTopology(testDocument(REGIONS, GROUPS), opts);
    expectConsistent(cost);
    expect(cost.byProvider.gcp).toBe(0);
    expect(cost.byProvider.aws).toBeGreaterThan(0);
    expect(cost.pricesAsOf).toBe("2026-11");
  });

  it("is linear: doubling every group doubles compute and storage", () => {
    const doc = testDocument(REGIONS, GROUPS);
    const doubled = testDocument(REGIONS, [...GROUPS, ...GROUPS.map((g) => ({ ...g, id: `${g.id}-copy` }))]);
    const one = priceTopology(doc, opts);
    const two = priceTopology(doubled, opts);
    expect(two.computeMonthlyUsd).toBeCloseTo(2 * one.computeMonthlyUsd, 6);
    expect(two.storageMonthlyUsd).toBeCloseTo(2 * one.storageMonthlyUsd, 6);
    expect(Object.keys(two.clusterFees)).toHaveLength(Object.keys(one.clusterFees).length); // still one per region
  });

  it("charges cross-region traffic by where the peers are: same continent, other continent, other cloud", () => {
    const doc = testDocument(
      [REGIONS[0], REGIONS[1], REGIONS[3]],
      [
        { id: "a", regionId: "eastus", role: "validator", count: 2, deploymentType: "vm", vmSize: "Standard_D2s_v5" },
        { id: "b", regionId: "westeurope", role: "validator", count: 1, deploymentType: "vm", vmSize: "Standard_D2s_v5" },
        { id: "c", regionId: "use1", role: "validator", count: 1, deploymentType: "ec2", vmSize: "m6i.large" },
      ],
    );
    const cost = priceTopology(doc, opts);
    // Group a: 2 nodes x 100 GB, peers = 3: 1/3 to westeurope (Azure, other continent, $0.05/GB),
    // 1/3 to AWS (internet from Azure zone 1, $0.087/GB); the other eastus node is free.
    expect(cost.byGroup.a?.egress).toBeCloseTo(200 * (1 / 3) * 0.05 + 200 * (1 / 3) * 0.087, 9);
    // Group c on AWS: all 3 peers are on Azure: internet egress from AWS zone 1, $0.09/GB.
    expect(cost.byGroup.c?.egress).toBeCloseTo(100 * 0.09, 9);
    expectConsistent(cost);
  });

  it("takes the per-node traffic as a parameter", () => {
    const doc = testDocument(REGIONS, GROUPS);
    const silent = priceTopology(doc, { ...opts, trafficGbPerNodeMonth: { validator: 0, rpc: 0, member: 0, bootnode: 0, archive: 0 } });
    expect(silent.egressMonthlyUsd).toBe(0);
    const chatty = priceTopology(doc, { ...opts, trafficGbPerNodeMonth: { validator: 1000 } });
    expect(chatty.egressMonthlyUsd).toBeGreaterThan(priceTopology(doc, opts).egressMonthlyUsd);
    expect(chatty.assumptions.some((a) => a.includes("validator 1000 GB"))).toBe(true);
  });

  it("reports every region, including empty ones, and geography-default regions in its assumptions", () => {
    const doc = testDocument([...REGIONS, { id: "be", provider: "azure", region: "examplewesteurope" }], GROUPS);
    const cost = priceTopology(doc, opts);
    // An empty region still gets its network: a VNet with a NAT gateway and public IP, $0.05/h.
    expect(cost.byRegion.be).toBeCloseTo(0.05 * HOURS, 6);
    expect(cost.networkFees.filter((f) => f.regionId === "be").map((f) => f.line.label)).toEqual(["NAT gateway and its public IP"]);
    expect(cost.assumptions.some((a) => a.includes("examplewesteurope") && a.includes("Europe default"))).toBe(true);
  });

  it("lists no unpriced regions when every region has a price", () => {
    expect(priceTopology(testDocument(REGIONS, GROUPS), opts).unpricedRegions).toEqual([]);
  });

  it("warns about a region missing from the catalog instead of pricing it silently", () => {
    const doc = testDocument(
      [REGIONS[0], { id: "mars", provider: "azure", region: "marsnorth" }],
      [GROUPS[0], { id: "v-mars", regionId: "mars", role: "validator", count: 1, deploymentType: "vm", vmSize: "Standard_D4s_v5" }],
    );
    const cost = priceTopology(doc, opts);
    expect(cost.byGroup["v-mars"]).toMatchObject({ priceSource: "unpriced", regionalMultiplier: 1 });
    expect(cost.unpricedRegions).toEqual([
      expect.objectContaining({ regionId: "mars", provider: "azure", providerRegion: "marsnorth", multiplier: 1 }),
    ]);
    expect(cost.unpricedRegions[0]?.message).toMatch(/^mars: azure:marsnorth is not in the region catalog/);
    expect(cost.assumptions.some((a) => a.includes("azure:marsnorth is not in the region catalog"))).toBe(true);
    expectConsistent(cost);
  });

  it("prices groups of an empty document and a half-edited one without throwing", () => {
    expect(priceTopology(testDocument([], []), opts).totalMonthlyUsd).toBe(0);
    const doc = testDocument([REGIONS[0]], [GROUPS[0]]);
    const dangling = { ...doc, nodeGroups: [{ ...doc.nodeGroups[0], regionId: "gone" } as NodeGroup] };
    const cost = priceTopology(dangling, opts);
    expect(cost.byGroup["v-east"]?.compute).toBeCloseTo(3 * 0.192 * HOURS, 6);
    expect(cost.byGroup["v-east"]?.priceSource).toBe("unpriced");
    expect(cost.unpricedRegions.map((r) => r.regionId)).toEqual(["gone"]);
    expectConsistent(cost);
  });
});
