import { describe, expect, it } from "vitest";
import { getRegion } from "../catalog";
import { resolveSize } from "../cost";
import type { TopologyDocument } from "../schema";
import {
  PRIVACY_NETWORK_COMMAND, allMinusExcludesTopologyFile, generatedParametersFile, networkContextFlags, regionalGuideFile,
} from "./testing/sources";
import { azureRegionsOf } from "./region-selection";
import { importQdq } from ".";

/** region/role.name=count@deploymentType:vmSize, one line per group. */
const summary = (doc: TopologyDocument) =>
  doc.nodeGroups.map((g) => `${g.regionId}/${g.role}${g.name ? `.${g.name}` : ""}=${g.count}@${g.deploymentType}:${g.vmSize}`);

describe("QDQ's regional topology guide example", () => {
  const { document, warnings } = importQdq(regionalGuideFile());

  it("reads every group, with the guide's targetCPU spelling", () => {
    expect(summary(document)).toEqual([
      "eastus/validator=3@aks:Standard_D4s_v3", "eastus/rpc.api=2@aca:Standard_D4s_v5", "eastus/rpc.admin=1@vm:Standard_D4s_v5",
      "eastus/bootnode=1@vm:Standard_B2ms", "westus2/validator=2@aks:Standard_D4s_v5", "westus2/archive=1@vmss:Standard_E8s_v5",
      "westus2/rpc.observer=1@vm:Standard_DS2_v2",
    ]);
    expect(document.nodeGroups[0]).toMatchObject({ scale: { min: 3, max: 5, targetCpu: 70 }, storage: { type: "premium", sizeGB: 100 } });
  });

  it("names what it cannot keep: scaling delays, validator capabilities, the observer's new role", () => {
    expect(warnings).toEqual([
      "regions.eastus.nodeDistribution.validators.scale.scaleUpDelay is not used by Meridian and was ignored",
      "regions.eastus.nodeDistribution.validators.capabilities applies only to RPC nodes and was ignored",
      expect.stringMatching(/^regions\.westus2\.nodeDistribution\.observers: QDQ's observer .* imported as a standard RPC group named 'observer'/),
    ]);
  });

  it("keeps the address spaces its subnetPrefix octets agree with", () => {
    expect(document.regions.map((r) => r.cidr)).toEqual(["10.0.0.0/16", "10.1.0.0/16"]);
    const clash = regionalGuideFile();
    clash.regions.westus2.network.subnetPrefix = "10.9";
    expect(importQdq(clash).warnings).toContain('regions.westus2.network.subnetPrefix: the string "10.9" lies outside vnetCidr 10.1.0.0/16; the vnetCidr was used');
  });
});

describe("a TopologyFile with all-minus-excludes", () => {
  const { document, warnings } = importQdq(allMinusExcludesTopologyFile());

  it("deploys to every commercial Azure region of the catalog but the excluded countries and region", () => {
    const expected = azureRegionsOf("commercial").filter((id) => !["US", "BR"].includes(getRegion("azure", id)!.country) && id !== "westeurope");
    expect(document.regions.map((r) => r.region)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(40);
    expect(document.regions.every((r) => r.provider === "azure")).toBe(true);
  });

  it("places the roles, RPC subtypes from the rpcNodes map, member kinds, sizes and deploymentDefault", () => {
    expect(summary(document)).toEqual([
      "northeurope/validator=2@aks:Standard_DS3_v2", "uksouth/validator=2@aks:Standard_DS3_v2",
      "northeurope/bootnode=1@vm:Standard_D2_v2", "northeurope/rpc.api=2@aca:Standard_D4s_v5", "uksouth/rpc.trace=1@aks:Standard_D4s_v5",
      "uksouth/member.memberPrivate=2@aks:Standard_F4s",
    ]);
    const trace = document.nodeGroups.find((g) => g.name === "trace");
    expect(trace?.role === "rpc" && trace.capabilities).toEqual(["eth", "web3", "net", "debug", "trace", "txpool"]);
    expect(document.network).toMatchObject({ topology: "hub-spoke", hubRegionId: "northeurope" });
    expect(document.tags).toEqual({ env: "prod", costCenter: "1234" });
    expect(document.description).toBe("Imported from QDQ TopologyFile.");
    expect(warnings.filter((w) => !w.startsWith("assigned address spaces") && !w.startsWith("support: "))).toEqual([]);
    // Its private members run Tessera, which Besu no longer does: an existing network, told what that maps to.
    expect(document.network.existing).toBe(true);
    expect(warnings.filter((w) => w.startsWith("support: "))).toEqual([
      "support: Tessera privacy on Besu was removed in Besu 25.6.0 (June 2025); today private members (Tessera) map to permissioned members, with private contracts moved to Paladin privacy groups beside the network",
      "support: imported as an existing network, so these are warnings to plan a migration rather than errors (`meridian migrate` writes the plan and runbook)",
    ]);
  });

  it("prices its older sizes as what they are", () => {
    for (const g of document.nodeGroups.filter((n) => /_v2$|F4s$/.test(n.vmSize))) {
      expect(resolveSize("azure", g.vmSize).resolution, g.vmSize).toBe("listed");
    }
  });
});

describe("a topology.parameters.json as QDQ writes it", () => {
  const { document, warnings } = importQdq(JSON.stringify(generatedParametersFile(), null, 2));

  it("reads the placements, full capability objects, scale and the generation time", () => {
    expect(summary(document)).toEqual([
      "eastus/validator=2@aks:Standard_D4_v3", "westus2/validator=2@aks:Standard_D4_v3", "eastus/bootnode=1@aks:Standard_D2s_v5",
      "eastus/rpc=2@aca:Standard_A2_v2",
    ]);
    const rpc = document.nodeGroups[3]!;
    expect(rpc.role === "rpc" && [rpc.capabilities, rpc.scale]).toEqual([["eth", "web3", "net"], { min: 2, max: 6, targetCpu: 70 }]);
    expect(document.description).toBe("Imported from QDQ topology.parameters.json, generated 2025-10-14T09:30:00.000Z.");
    expect(warnings).toContain("network.vnetCidr: one address space cannot serve 2 regions; each got its own 10.N.0.0/16");
  });
});

describe("QDQ's command line", () => {
  const { document, warnings } = importQdq(PRIVACY_NETWORK_COMMAND);

  it("fills the distribution's RPC and member places with the named kinds, in order", () => {
    expect(summary(document)).toEqual([
      "eastus/validator=4@aks:Standard_D4s_v3", "eastus/member.permissioned=2@aks:Standard_D2s_v5", "eastus/member.private=1@aks:Standard_D2s_v5",
      "eastus/rpc.api=2@aks:Standard_D2s_v3", "centralus/member.private=1@aks:Standard_D2s_v5", "centralus/member.public=1@aks:Standard_D2s_v5",
      "centralus/rpc.trace=1@aks:Standard_E4s_v3",
    ]);
    const types = document.nodeGroups.map((g) => (g.role === "rpc" ? g.rpcType : g.role === "member" ? g.memberType : g.role));
    expect(types).toEqual(["validator", "permissioned", "private", "standard", "private", "public", "trace"]);
  });

  it("applies the scale map and tags, and names the flags it does not use", () => {
    expect(document.nodeGroups.find((g) => g.name === "api")?.scale).toEqual({ min: 2, max: 6, targetCpu: 70 });
    expect(document.tags).toEqual({ env: "dev", owner: "platform" });
    expect(document.network).toMatchObject({ client: "besu", topology: "flat" });
    expect(warnings).toContain("--privacy: not about the topology; ignored");
  });
});

describe("QDQ's NetworkContext as JSON, without a distribution", () => {
  const { document, warnings } = importQdq(networkContextFlags());

  it("places the counts where the placement says, else in the first region, less the excluded region", () => {
    expect(summary(document)).toEqual([
      "eastus/validator=3@aks:Standard_DS3_v2", "westus2/validator=2@aks:Standard_DS3_v2",
      "eastus/bootnode=1@vm:Standard_D2s_v5", "westus2/bootnode=1@vm:Standard_D2s_v5",
      "eastus/member.memberPrivate=2@vmss:Standard_E4s_v3",
      "westus2/rpc.api=2@aca:Standard_D2_v2", "eastus/rpc.admin=1@vmss:Standard_D4s_v5",
    ]);
    expect(document.regions.map((r) => r.region)).toEqual(["eastus", "westus2"]);
  });

  it("reads client, consensus, chain id, network mode, hub and tags", () => {
    expect(document.network).toMatchObject({ client: "goquorum", consensus: "qbft", chainId: 4242, topology: "hub-spoke", hubRegionId: "eastus" });
    expect(document.tags).toEqual({ env: "staging" });
    expect(warnings).toEqual(expect.arrayContaining(["azureEnable: not about the topology; ignored", "outputPath: not about the topology; ignored"]));
  });
});
