import { describe, expect, it } from "vitest";
import { importQdq, importTopologyParameters } from ".";

describe("importing QDQ's topology.parameters.json", () => {
  const parameters = {
    regions: ["eastus", "westus2"],
    placements: {
      validators: { deploymentType: "aks", regions: ["eastus", "westus2"], replicas: 5, vmSize: "Standard_D8s_v5" },
      bootNodes: { deploymentType: "vm", regions: ["eastus", "westus2"], instanceCount: 2 },
      api: { deploymentType: "aca", regions: ["eastus"], instanceCount: 2, rpcType: "admin" },
      archiveNodes: { deploymentType: "vmss", regions: ["aws:us-east-1"], instanceCount: 1 },
      memberPrivate: { deploymentType: "aks", regions: ["westus2"], instanceCount: 3 },
    },
    tags: { env: "prod" },
    network: { mode: "hub-spoke", hubRegion: "eastus", vnetCidr: "10.200.0.0/16" },
  };

  it("spreads each placement's total over its regions, remainder first", () => {
    const { document, warnings } = importTopologyParameters(parameters);
    expect(document.nodeGroups.map((g) => [g.regionId, g.role, g.name, g.count, g.deploymentType])).toEqual([
      ["eastus", "validator", undefined, 3, "aks"],
      ["westus2", "validator", undefined, 2, "aks"],
      ["eastus", "bootnode", undefined, 1, "vm"],
      ["westus2", "bootnode", undefined, 1, "vm"],
      ["eastus", "rpc", "api", 2, "aca"],
      ["aws-us-east-1", "archive", undefined, 1, "ec2"],
      ["westus2", "member", "memberPrivate", 3, "aks"],
    ]);
    expect(warnings.join("\n")).toMatch(/5 nodes over 2 regions do not divide evenly/);
  });

  it("reads subtypes, network mode, hub and tags; regions found only in placements are added", () => {
    const { document, warnings } = importQdq(JSON.stringify(parameters));
    const api = document.nodeGroups.find((g) => g.name === "api");
    expect(api?.role === "rpc" && api.rpcType).toBe("admin");
    const member = document.nodeGroups.find((g) => g.role === "member");
    expect(member?.role === "member" && member.memberType).toBe("private");
    expect(document.regions.map((r) => r.id)).toEqual(["eastus", "westus2", "aws-us-east-1"]);
    expect(document.network).toMatchObject({ topology: "hub-spoke", hubRegionId: "eastus" });
    expect(document.tags).toEqual({ env: "prod" });
    expect(warnings.join("\n")).toMatch(/one address space cannot serve 3 regions/);
  });

  it("uses a single region's vnetCidr, the first region when a placement lists none, and QDQ's default counts", () => {
    const { document, warnings } = importQdq({
      regions: ["centralus"],
      placements: { validators: { deploymentType: "aks" }, rpcNodes: { deploymentType: "aca", instanceCount: 1 } },
      network: { mode: "isolated", vnetCidr: "10.200.0.0/16" },
    });
    expect(document.regions[0]!.cidr).toBe("10.200.0.0/16");
    expect(document.nodeGroups.map((g) => [g.regionId, g.role, g.count])).toEqual([["centralus", "validator", 4], ["centralus", "rpc", 1]]);
    expect(document.network.topology).toBe("flat");
    expect(warnings.join("\n")).toMatch(/isolated/);
  });
});
