import { describe, expect, it } from "vitest";
import type { TopologyDocument } from "../schema";
import { QdqImportError, importQdq } from ".";

const summary = (doc: TopologyDocument) =>
  doc.nodeGroups.map((g) => `${g.regionId}/${g.role}${g.name ? `.${g.name}` : ""}=${g.count}@${g.deploymentType}:${g.vmSize}`);

function refusal(input: unknown): QdqImportError {
  try {
    importQdq(input);
  } catch (error) {
    if (error instanceof QdqImportError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("QDQ flags as text", () => {
  it("reads FLAG=VALUE lines with comments, as Meridian's topology.dsl writes them, and QDQ's flag names", () => {
    const { document } = importQdq([
      "# QDQ flags",
      "distribution=eastus:validators=3+rpc=1,westus2:validators=2",
      "deploymentMap=validators=vmss,rpc=aca",
      "azureNetworkMode=hub-spoke",
      'azureHubRegion="westus2"',
      "consensus=raft",
    ].join("\n"));
    expect(summary(document)).toEqual([
      "eastus/validator=3@vmss:Standard_D4s_v5", "eastus/rpc=1@aca:Standard_D4s_v5", "westus2/validator=2@vmss:Standard_D4s_v5",
    ]);
    expect(document.network).toMatchObject({ client: "goquorum", consensus: "raft", topology: "hub-spoke", hubRegionId: "westus2" });
  });

  it("reads a command line with --flag=value, quotes and continuations", () => {
    const { document } = importQdq("quorum-dev-quickstart --clientType=besu --validators 4 \\\n  --azureRegions 'eastus,westus2' --azureNodePlacement \"validators:aks:eastus+westus2\" --chainId 77");
    expect(summary(document)).toEqual(["eastus/validator=2@aks:Standard_D4s_v5", "westus2/validator=2@aks:Standard_D4s_v5"]);
    expect(document.network.chainId).toBe(77);
  });

  it("keeps one DSL line as a DSL line: validators=aks,rpc=aca is a deployment map, not a count", () => {
    expect(refusal("validators=aks,rpc=aca").message).toMatch(/a deployment map alone has no regions or counts/);
  });
});

describe("QDQ's kind, size, scale and tag flags", () => {
  it("refuses kinds that cannot fill the distribution's places, naming the flag (QDQ's own guide example does this)", () => {
    const error = refusal({
      azureRegionalDistribution: "eastus:validators=4+member=3+rpc=2,centralus:member=2+rpc=1",
      memberNodeTypes: "permissioned:2;private:3;public:1",
    });
    expect(error.message).toBe("memberNodeTypes: gives 6 members (permissioned 2, private 3, public 1) but the distribution places 5; make the two agree");
  });

  it("places kinds the distribution has no room for in the first region, and says so", () => {
    const { document, warnings } = importQdq({ distribution: "eastus:validators=4,westus2:validators=1", rpcNodeTypes: "api:graphql:2" });
    expect(summary(document)).toContain("eastus/rpc.api=2@aks:Standard_D4s_v5");
    expect(warnings.join("\n")).toMatch(/rpcNodeTypes entry 1 "api:graphql:2": the distribution has no RPC nodes for 'api' to take; its 2 went to eastus/);
  });

  it("refuses a size map key that is neither a role nor a subtype, and warns for a role with no nodes", () => {
    expect(refusal({ distribution: "eastus:validators=4", azureSizeMap: "validators=Standard_D2_v2,miners=Standard_F4s" }).message)
      .toBe('azureSizeMap entry 2 "miners=Standard_F4s": \'miners\' is neither a role (validators, bootNodes, rpcNodes, archiveNodes, memberAdmins, memberPermissioned, memberPrivate, memberPublic, observer) nor a subtype of this topology');
    const { document, warnings } = importQdq({ distribution: "eastus:validators=4", azureSizeMap: "validators=Standard_D2_v2,archiveNodes=Standard_E8s_v5" });
    expect(document.nodeGroups[0]!.vmSize).toBe("Standard_D2_v2");
    expect(warnings).toContain('azureSizeMap entry 2 "archiveNodes=Standard_E8s_v5": this topology has no archiveNodes, so the setting is unused');
  });

  it("refuses malformed entries, naming the flag and the entry", () => {
    expect(refusal({ distribution: "eastus:validators=4", azureScaleMap: "validators=5:2" }).message).toBe('azureScaleMap entry 1 "validators=5:2": min 5 is more than max 2');
    expect(refusal({ distribution: "eastus:rpc=2", rpcNodeTypes: "api:turbo:2" }).message).toMatch(/^rpcNodeTypes entry 1 "api:turbo:2": must be one of standard/);
    expect(refusal({ distribution: "eastus:validators=4", azureTags: "env" }).message).toBe('azureTags entry 1 "env": expected KEY=VALUE, such as validators=Standard_D4s_v5');
    expect(refusal({ distribution: "eastus:validators=4", azureRegionalDistribution: "westus:validators=4" }).message)
      .toBe("azureRegionalDistribution: says the same as distribution; give one of them");
  });

  it("applies --rpcDefaultType to plain RPC nodes and the most specific size to each group", () => {
    const { document } = importQdq({
      distribution: "eastus:validators=4+rpc=1+rpc.trace=1", rpcDefaultType: "websocket",
      azureSizeMap: { rpcNodes: "Standard_D2s_v5", trace: "Standard_E4s_v3" },
    });
    expect(document.nodeGroups.slice(1).map((g) => [g.name ?? null, g.role === "rpc" && g.rpcType, g.vmSize])).toEqual([
      [null, "websocket", "Standard_D2s_v5"], ["trace", "trace", "Standard_E4s_v3"],
    ]);
  });

  it("deploys QDQ's defaults when the flags name regions but no counts, and names flags it does not read", () => {
    const { document, warnings } = importQdq({ azureRegions: "westus2,eastus", azureEnable: true, explorerTheme: "dark" });
    expect(summary(document)).toEqual([
      "westus2/validator=4@aks:Standard_D4s_v5", "westus2/bootnode=1@aks:Standard_D2s_v5", "westus2/rpc=1@aks:Standard_D4s_v5",
    ]);
    expect(document.regions.map((r) => r.region)).toEqual(["westus2", "eastus"]);
    expect(warnings).toEqual(expect.arrayContaining([
      "no counts given; used QDQ's defaults of 4 validators, 1 bootnode and 1 RPC node",
      "azureEnable: not about the topology; ignored",
      "explorerTheme is not a QDQ flag Meridian reads; ignored",
    ]));
  });
});
