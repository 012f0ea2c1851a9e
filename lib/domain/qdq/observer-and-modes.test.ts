// QDQ's observer role and isolated network mode, which Meridian has no direct place for: each is read into
// its closest equivalent with a warning, or refused, naming the field.

import { describe, expect, it } from "vitest";
import { QdqImportError, importQdq } from ".";

const observers = (input: unknown) => {
  const { document, warnings } = importQdq(input);
  return { groups: document.nodeGroups.filter((g) => g.name === "observer"), document, warnings };
};

describe("QDQ's observer", () => {
  it("is a standard RPC group named observer in the distribution DSL, with a warning per entry", () => {
    const { groups, document, warnings } = observers("eastus:validators=4+observer=1+rpc=1,westus2:observer=2");
    expect(groups.map((g) => [g.regionId, g.role, g.count, g.role === "rpc" && g.rpcType, g.role === "rpc" && g.capabilities])).toEqual([
      ["eastus", "rpc", 1, "standard", ["eth", "web3", "net"]],
      ["westus2", "rpc", 2, "standard", ["eth", "web3", "net"]],
    ]);
    expect(document.nodeGroups.filter((g) => g.role === "validator").map((g) => g.count)).toEqual([4]);
    expect(warnings.filter((w) => /QDQ's observer/.test(w))).toHaveLength(2);
  });

  it("takes its own deployment type from the deployment map, apart from the other RPC nodes", () => {
    const { document } = importQdq("eastus:validators=4+observer=1+rpc=1", { deploymentMap: "validators=aks,rpc=aca,observer=vm" });
    expect(document.nodeGroups.map((g) => `${g.name ?? g.role}@${g.deploymentType}`)).toEqual(["validator@aks", "observer@vm", "rpc@aca"]);
  });

  it("is read from a regional file's observers entry, and from validators typed observer", () => {
    const byKey = observers({ regions: { eastus: { nodeDistribution: { validators: { count: 4 }, observerNodes: { count: 2, vmSize: "Standard_D2_v2" } } } } });
    expect(byKey.groups.map((g) => [g.count, g.vmSize])).toEqual([[2, "Standard_D2_v2"]]);
    const byType = observers({ regions: { eastus: { nodeDistribution: { validators: { count: 1, type: "observer" } } } } });
    expect(byType.document.nodeGroups.map((g) => `${g.role}.${g.name}=${g.count}`)).toEqual(["rpc.observer=1"]);
    expect(byType.warnings.join("\n")).toMatch(/regions\.eastus\.nodeDistribution\.validators: QDQ's observer/);
  });

  it("is read from a parameters file's observers placement", () => {
    const { groups } = observers({ regions: ["eastus"], placements: { validators: { replicas: 4 }, observers: { deploymentType: "vm", instanceCount: 3 } } });
    expect(groups.map((g) => [g.regionId, g.count, g.deploymentType])).toEqual([["eastus", 3, "vm"]]);
  });

  it("refuses validator variants Meridian cannot hold, and says what pruned archives become", () => {
    expect(() => importQdq({ regions: { eastus: { nodeDistribution: { validators: { count: 2, type: "backup" } } } } }))
      .toThrow(/regions\.eastus\.nodeDistribution\.validators\.type: the string "backup" is not a variant Meridian models/);
    expect(() => importQdq({ regions: { eastus: { nodeDistribution: { bootNodes: { count: 1, type: "fast" } } } } }))
      .toThrow(/bootNodes\.type: this role takes no type/);
    const { warnings } = importQdq({ regions: { eastus: { nodeDistribution: { archiveNodes: { count: 1, type: "pruned" } } } } });
    expect(warnings.join("\n")).toMatch(/archiveNodes\.type: a pruned node keeps only recent state; imported as an archive node/);
  });
});

describe("QDQ's isolated network mode", () => {
  const refusal = (input: unknown): string => {
    try {
      importQdq(input);
    } catch (error) {
      expect(error).toBeInstanceOf(QdqImportError);
      return (error as Error).message;
    }
    throw new Error("expected a refusal");
  };

  it("reads as flat for one region, which has nothing to peer", () => {
    const { document, warnings } = importQdq({ distribution: "eastus:validators=4", networkMode: "isolated" });
    expect(document.network.topology).toBe("flat");
    expect(document.links).toEqual([]);
    expect(warnings).toContain("networkMode: 'isolated' with a single region has nothing to peer; imported as flat");
  });

  it("is refused for several regions, naming the field where it was set", () => {
    expect(refusal({ regions: ["eastus", "westus2"], placements: { validators: { regions: ["eastus", "westus2"], replicas: 4 } }, network: { mode: "isolated" } }))
      .toMatch(/^network\.mode: 'isolated' peers no regions, so these 2 regions could not reach each other/);
    expect(refusal({ regions: { eastus: {}, westus2: {} }, globalSettings: { networkTopology: "isolated" } }))
      .toMatch(/^globalSettings\.networkTopology: 'isolated' peers no regions/);
    expect(refusal("npx quorum-dev-quickstart --azureRegionalDistribution eastus:validators=2,westus2:validators=2 --azureNetworkMode isolated"))
      .toMatch(/^--azureNetworkMode: 'isolated' peers no regions/);
  });
});
