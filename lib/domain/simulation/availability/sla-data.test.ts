import { describe, expect, it } from "vitest";
import { DEPLOYMENT_TYPES, DEPLOYMENT_TYPES_BY_PROVIDER, PROVIDERS, type DeploymentType } from "../../schema";
import { nodeGroupSla } from "./deployment-sla";
import { SLA, SLA_CHECKED_ON, VPN_GATEWAY_SLA, describeSla } from "./sla-data";

const group = (deploymentType: DeploymentType, count: number, storage: "standard" | "premium" = "standard") => ({
  deploymentType, count, storage: { type: storage, sizeGB: 256 },
});

describe("published SLA figures", () => {
  it("carry a source with a public https page, a publisher and the date checked", () => {
    for (const sla of Object.values(SLA)) {
      expect(sla.source.url).toMatch(/^https:\/\/(www\.microsoft\.com|aws\.amazon\.com|cloud\.google\.com)\//);
      expect(sla.source.publisher.length).toBeGreaterThan(0);
      expect(sla.source.checkedOn).toBe(SLA_CHECKED_ON);
      expect(sla.availabilityProbability).toBeGreaterThan(0.99);
      expect(sla.availabilityProbability).toBeLessThan(1);
    }
    expect(SLA_CHECKED_ON).toBe("2026-12-08");
  });

  it("are read by deployment shape: zones for two or more, single-instance figures for one", () => {
    const cases: [DeploymentType, number, "standard" | "premium", number][] = [
      ["vm", 3, "standard", 0.9999],
      ["vm", 1, "premium", 0.999],
      ["vmss", 1, "standard", 0.995],
      ["aks", 3, "standard", 0.9995], // control plane 99.95% is weaker than zonal VMs 99.99%
      ["aks", 1, "premium", 0.999], // a single node is weaker than the control plane
      ["aca", 1, "standard", 0.9995],
      ["ec2", 2, "standard", 0.9999],
      ["ec2", 1, "premium", 0.995],
      ["ecs", 4, "standard", 0.9999],
      ["fargate", 1, "standard", 0.995],
      ["eks", 4, "standard", 0.9995],
      ["eks", 1, "standard", 0.995],
      ["gce", 1, "standard", 0.999],
      ["mig", 3, "standard", 0.9999],
      ["gke", 3, "standard", 0.9995],
      ["gke", 1, "standard", 0.999],
      ["cloudrun", 1, "standard", 0.9995],
    ];
    for (const [type, count, storage, expected] of cases) {
      expect([type, count, storage, nodeGroupSla(group(type, count, storage)).availabilityProbability]).toEqual([type, count, storage, expected]);
    }
  });

  it("covers every deployment type of every provider", () => {
    expect([...DEPLOYMENT_TYPES].sort()).toEqual(PROVIDERS.flatMap((p) => [...DEPLOYMENT_TYPES_BY_PROVIDER[p]]).sort());
    for (const type of DEPLOYMENT_TYPES) expect(nodeGroupSla(group(type, 1)).source.url).toMatch(/^https:/);
  });

  it("says when a figure stands in for one the provider does not publish", () => {
    expect(nodeGroupSla(group("fargate", 1)).note).toMatch(/No figure is published for a single Fargate task/);
    expect(nodeGroupSla(group("fargate", 2)).note).toBeUndefined();
  });

  it("prices each side of a VPN between clouds", () => {
    expect([VPN_GATEWAY_SLA.azure.availabilityProbability, VPN_GATEWAY_SLA.aws.availabilityProbability, VPN_GATEWAY_SLA.gcp.availabilityProbability]).toEqual([0.9995, 0.9995, 0.9999]);
  });

  it("prints a figure with its source", () => {
    expect(describeSla(SLA.awsEks)).toBe(
      'Amazon EKS: the cluster\'s Kubernetes endpoint: 99.95% (Amazon Web Services, "Amazon EKS Service Level Agreement", https://aws.amazon.com/eks/sla/, checked 2026-12-08).',
    );
  });
});
