import { describe, expect, it } from "vitest";
import { starterDocument } from "../starter";
import type { TopologyDocument } from "../schema";
import { sampleEnhancedFile } from "./testing/fixtures";
import { importQdq, toEnhancedTopologyFile, toQdqDsl, type EnhancedTopologyFile } from ".";

/** Counts per region key and role, the one thing every QDQ form must carry. */
const countsByRegionRole = (doc: TopologyDocument): Record<string, number> => {
  const regionOf = new Map(doc.regions.map((r) => [r.id, `${r.provider}:${r.region}`]));
  const counts: Record<string, number> = {};
  for (const g of doc.nodeGroups) {
    const key = `${regionOf.get(g.regionId)}/${g.role}`;
    counts[key] = (counts[key] ?? 0) + g.count;
  }
  return counts;
};

/** The document without what QDQ can't hold, for comparing a document with its round-tripped self. */
const comparable = (doc: TopologyDocument) => ({ ...doc, name: "", description: "" });

describe("EnhancedTopologyFile -> document -> EnhancedTopologyFile", () => {
  const original = sampleEnhancedFile();
  const exported = toEnhancedTopologyFile(importQdq(original).document);

  it("keeps the regions, in order, with primary flag and network", () => {
    expect(Object.keys(exported.regions)).toEqual(Object.keys(original.regions));
    expect(exported.regions.eastus!.isPrimary).toBe(true);
    expect(exported.regions.westus2!.network).toEqual({ vnetCidr: "10.2.0.0/16", peeringTarget: "eastus" });
    expect(exported.regions["gcp:europe-west1"]!.network).toEqual({ vnetCidr: "10.40.0.0/16", subnetPrefix: 26, peeringTarget: "aws:us-east-1" });
  });

  it("keeps counts per subtype, types, deployment types, sizes, storage, scale and capability overrides", () => {
    for (const [key, entry] of Object.entries(original.regions)) {
      const out = exported.regions[key]!.nodeDistribution;
      for (const [role, config] of Object.entries(entry.nodeDistribution)) {
        const subtypes = role === "rpcNodes" || role === "memberNodes" ? (config as Record<string, object>) : { single: config as object };
        const outSubtypes = role === "rpcNodes" || role === "memberNodes" ? (out[role] as Record<string, object>) : { single: out[role as "validators"] as object };
        expect(Object.keys(outSubtypes)).toEqual(Object.keys(subtypes));
        for (const [name, sub] of Object.entries(subtypes)) {
          // Everything the original stated comes back as stated; defaults may be added.
          expect(outSubtypes[name], `${key}.${role}.${name}`).toMatchObject(sub);
        }
      }
    }
    expect(exported.regions.westus2!.nodeDistribution.validators).toEqual({ count: 2, deploymentType: "aks", vmSize: "Standard_D4s_v5" });
  });

  it("keeps global settings and tags", () => {
    expect(exported.globalSettings).toMatchObject(original.globalSettings!);
    expect(exported.tags).toEqual(original.tags);
  });

  it("is a fixed point: exporting the re-imported file gives the same file", () => {
    expect(toEnhancedTopologyFile(importQdq(exported).document)).toEqual(exported);
  });
});

describe("document -> EnhancedTopologyFile -> document", () => {
  it("gives back the starter document, ids aside", () => {
    const doc = starterDocument("Starter");
    const back = importQdq(toEnhancedTopologyFile(doc)).document;
    expect(back.name).toBe("Starter");
    expect(comparable(back)).toEqual(comparable({
      ...doc,
      nodeGroups: doc.nodeGroups.map((g) => ({
        ...g,
        id: { validator: "eastus-validators", bootnode: "eastus-bootnodes", rpc: "eastus-rpc-api", archive: "", member: "eastus-members-permissioned" }[g.role],
        ...(g.role === "member" ? { name: "permissioned" } : {}),
      })),
    }));
  });

  it("keeps two networks in one region and several peerings per region through Meridian's extensions", () => {
    const base = starterDocument("Twins");
    const doc: TopologyDocument = {
      ...base,
      regions: [
        base.regions[0]!,
        { ...base.regions[0]!, id: "eastus-b", primary: false, cidr: "10.9.0.0/16" },
        { id: "tokyo", provider: "gcp", region: "asia-northeast1", primary: false, cidr: "10.10.0.0/16", subnetPrefix: 24 },
      ],
      nodeGroups: [...base.nodeGroups, { ...base.nodeGroups[0]!, id: "v2", regionId: "eastus-b", count: 2 }],
      links: [
        { id: "a", from: "eastus", to: "eastus-b", kind: "peering" },
        { id: "b", from: "eastus", to: "tokyo", kind: "vpn" },
      ],
    };
    const file = toEnhancedTopologyFile(doc);
    expect(Object.keys(file.regions)).toEqual(["eastus", "eastus-b", "gcp:asia-northeast1"]);
    expect(file.regions["eastus-b"]).toMatchObject({ provider: "azure", region: "eastus" });
    expect(file.regions.eastus!.network).toMatchObject({ peeringTarget: "eastus-b", peeringTargets: ["gcp:asia-northeast1"] });
    const back = importQdq(file).document;
    expect(back.regions.map((r) => [r.id, r.region, r.cidr])).toEqual([
      ["eastus", "eastus", "10.1.0.0/16"], ["eastus-b", "eastus", "10.9.0.0/16"], ["gcp-asia-northeast1", "asia-northeast1", "10.10.0.0/16"],
    ]);
    expect(back.links.map((l) => [l.from, l.to, l.kind])).toEqual([["eastus", "eastus-b", "peering"], ["eastus", "gcp-asia-northeast1", "vpn"]]);
    expect(countsByRegionRole(back)).toEqual(countsByRegionRole(doc));
  });

  it("says when it merges groups QDQ can't keep apart", () => {
    const base = starterDocument("Merge");
    const doc = { ...base, nodeGroups: [...base.nodeGroups, { ...base.nodeGroups[0]!, id: "more-validators", count: 3 }] };
    const warnings: string[] = [];
    const file = toEnhancedTopologyFile(doc, warnings);
    expect(file.regions.eastus!.nodeDistribution.validators!.count).toBe(7);
    expect(warnings.join("\n")).toMatch(/2 validators groups merged/);
  });
});

describe("document -> DSL -> document", () => {
  const doc = importQdq(sampleEnhancedFile()).document;
  const dsl = toQdqDsl(doc);

  it("writes QDQ's three lines", () => {
    expect(dsl.distribution).toBe(
      "eastus:validators=3+rpc=3+boot=1,westus2:validators=2+archive=1+member=3,aws:us-east-1:validators=1,gcp:europe-west1:boot=1",
    );
    expect(dsl.deploymentMap).toBe("validators=aks,rpc=aca,boot=vm,archive=vmss,member=aks");
    expect(dsl.placement).toBe(
      "validators:aks:eastus+westus2+aws:us-east-1;rpc:aca:eastus;boot:vm:eastus+gcp:europe-west1;archive:vmss:westus2;member:aks:westus2",
    );
  });

  it("keeps counts per region and role, whichever lines are read back", () => {
    expect(countsByRegionRole(importQdq(dsl).document)).toEqual(countsByRegionRole(doc));
    expect(countsByRegionRole(importQdq(dsl.distribution, { deploymentMap: dsl.deploymentMap }).document)).toEqual(countsByRegionRole(doc));
  });

  it("keeps deployment types where a role uses one type", () => {
    const back = importQdq(dsl).document;
    const typeOf = (d: TopologyDocument, regionId: string, role: string) => d.nodeGroups.find((g) => g.regionId === regionId && g.role === role)?.deploymentType;
    expect(typeOf(back, "westus2", "archive")).toBe("vmss");
    expect(typeOf(back, "aws-us-east-1", "validator")).toBe("eks");
    expect(typeOf(back, "gcp-europe-west1", "bootnode")).toBe("gce");
  });

  it("round-trips the starter document's counts", () => {
    const starter = starterDocument("s");
    expect(countsByRegionRole(importQdq(toQdqDsl(starter)).document)).toEqual(countsByRegionRole(starter));
  });
});

// Type-level check that the exported shape is the public interface.
const _typed: EnhancedTopologyFile = toEnhancedTopologyFile(starterDocument("t"));
void _typed;
