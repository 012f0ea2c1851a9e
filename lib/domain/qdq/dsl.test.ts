import { describe, expect, it } from "vitest";
import type { TopologyDocument } from "../schema";
import { importQdq, importQdqDsl, parseDeploymentMapDsl, parseDistributionDsl, parsePlacementDsl } from ".";

const summary = (doc: TopologyDocument) =>
  doc.nodeGroups.map((g) => `${g.regionId}/${g.role}${g.name ? `.${g.name}` : ""}=${g.count}@${g.deploymentType}`);

describe("QDQ's distribution DSL", () => {
  it("parses regions, roles and counts", () => {
    const parsed = parseDistributionDsl("eastus:validators=3+rpc=2+boot=1,westus2:validators=2+archive=1");
    expect(parsed.map((r) => [r.key, r.nodes.map((n) => [n.role, n.count])])).toEqual([
      ["eastus", [["validator", 3], ["rpc", 2], ["bootnode", 1]]],
      ["westus2", [["validator", 2], ["archive", 1]]],
    ]);
  });

  it("reads provider prefixes, member=, subtypes and QDQ's loose whitespace", () => {
    const parsed = parseDistributionDsl(" aws:us-east-1 : validators = 3 + member = 2 , gcp:europe-west1:rpc.trace=1+member.private=2 ");
    expect(parsed.map((r) => [r.provider, r.region, r.nodes.map((n) => [n.role, n.subtype, n.count])])).toEqual([
      ["aws", "us-east-1", [["validator", undefined, 3], ["member", undefined, 2]]],
      ["gcp", "europe-west1", [["rpc", "trace", 1], ["member", "private", 2]]],
    ]);
  });

  it("imports with QDQ's defaults: first region primary, provider's first deployment type", () => {
    const { document } = importQdq("eastus:validators=3+rpc=2+boot=1,aws:us-east-1:validators=2+archive=1");
    expect(summary(document)).toEqual([
      "eastus/validator=3@aks", "eastus/rpc=2@aks", "eastus/bootnode=1@aks",
      "aws-us-east-1/validator=2@eks", "aws-us-east-1/archive=1@eks",
    ]);
    expect(document.regions.map((r) => r.primary)).toEqual([true, false]);
  });

  it("applies a deployment map, mapped per provider", () => {
    const { document } = importQdq("eastus:validators=3+rpc=2+boot=1,gcp:us-central1:validators=2+archive=1", {
      deploymentMap: "validators=aks,rpc=aca,archive=vmss,boot=vm",
    });
    expect(summary(document)).toEqual([
      "eastus/validator=3@aks", "eastus/rpc=2@aca", "eastus/bootnode=1@vm",
      "gcp-us-central1/validator=2@gke", "gcp-us-central1/archive=1@mig",
    ]);
  });

  it("gives subtypes their own groups", () => {
    const { document } = importQdq("eastus:validators=4+rpc.api=2+rpc.trace=1+member.private=2");
    expect(summary(document)).toEqual([
      "eastus/validator=4@aks", "eastus/rpc.api=2@aks", "eastus/rpc.trace=1@aks", "eastus/member.private=2@aks",
    ]);
    const trace = document.nodeGroups[2]!;
    expect(trace.role === "rpc" && trace.rpcType).toBe("trace");
    const member = document.nodeGroups[3]!;
    expect(member.role === "member" && member.memberType).toBe("private");
  });

  it("merges repeated regions", () => {
    const parsed = parseDistributionDsl("eastus:validators=3,eastus:rpc=1");
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.nodes.map((n) => n.role)).toEqual(["validator", "rpc"]);
  });
});

describe("QDQ's deployment map and placement DSLs", () => {
  it("parses a deployment map", () => {
    expect(parseDeploymentMapDsl("validators=aks,rpc=aca,archive=vmss,boot=vm")).toEqual({
      validator: "aks", rpc: "aca", archive: "vmss", bootnode: "vm",
    });
    expect(parseDeploymentMapDsl(" validators = aks , member = eks ")).toEqual({ validator: "aks", member: "eks" });
  });

  it("parses a placement, with provider-prefixed regions", () => {
    const parsed = parsePlacementDsl("validators:aks:eastus+westus2;rpc:aca:centralus;archive:eks:aws:us-east-1+aws:eu-west-1");
    expect(parsed.map((p) => [p.role, p.deploymentType, p.regions.map((r) => r.key)])).toEqual([
      ["validator", "aks", ["eastus", "westus2"]],
      ["rpc", "aca", ["centralus"]],
      ["archive", "eks", ["aws:us-east-1", "aws:eu-west-1"]],
    ]);
  });

  it("imports a placement alone with QDQ's default counts spread over its regions", () => {
    const { document, warnings } = importQdq("validators:aks:eastus+westus2+aws:us-east-1;rpc:aca:centralus");
    expect(summary(document)).toEqual([
      "eastus/validator=2@aks", "westus2/validator=1@aks", "aws-us-east-1/validator=1@eks", "centralus/rpc=1@aca",
    ]);
    expect(warnings.join("\n")).toMatch(/default of 4 validators/);
  });

  it("takes types from a placement that goes with a distribution, and the map over the placement", () => {
    const { document, warnings } = importQdqDsl({
      distribution: "eastus:validators=3+rpc=2,westus2:validators=2",
      placement: "validators:vm:eastus+westus2;rpc:aca:eastus",
      deploymentMap: "validators=vmss",
    });
    expect(summary(document)).toEqual(["eastus/validator=3@vmss", "eastus/rpc=2@aca", "westus2/validator=2@vmss"]);
    expect(warnings.join("\n")).toMatch(/the deployment map says vmss/);
  });

  it("reads the DSL bundle as an object, under Meridian's or QDQ's flag names", () => {
    const a = importQdq({ distribution: "eastus:validators=4", deploymentMap: "validators=vm", networkMode: "mesh" });
    const b = importQdq({ azureRegionalDistribution: "eastus:validators=4", azureDeploymentMap: "validators=vm", azureNetworkMode: "mesh" });
    expect(a.document).toEqual(b.document);
    expect(summary(a.document)).toEqual(["eastus/validator=4@vm"]);
    expect(a.document.network.topology).toBe("mesh");
  });
});
