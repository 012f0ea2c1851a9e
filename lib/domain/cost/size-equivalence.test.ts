import { describe, expect, it } from "vitest";
import { PROVIDERS } from "../schema/enums";
import { equivalentDeploymentType } from "./deployment-equivalence";
import { VM_SIZES } from "./prices";
import { equivalentSize } from "./size-equivalence";
import { resolveSize } from "./size-resolution";

describe("equivalentSize", () => {
  it.each([
    ["azure", "Standard_D4s_v5", "aws", "m6i.xlarge"],
    ["azure", "Standard_D4s_v5", "gcp", "n2-standard-4"],
    ["azure", "Standard_E8s_v5", "aws", "r6i.2xlarge"],
    ["azure", "Standard_E8s_v5", "gcp", "n2-highmem-8"],
    ["azure", "Standard_F4s_v2", "aws", "c6i.xlarge"],
    ["azure", "Standard_B2ms", "aws", "t3.large"],
    ["azure", "Standard_B2ms", "gcp", "e2-standard-2"],
    ["aws", "m6i.2xlarge", "azure", "Standard_D8s_v5"],
    ["aws", "r6i.xlarge", "gcp", "n2-highmem-4"],
    ["gcp", "n2-highmem-4", "azure", "Standard_E4s_v5"],
    ["gcp", "e2-standard-4", "aws", "t3.xlarge"],
    // Alternatives map to the like-for-like current family, not the cheapest lookalike.
    ["aws", "m6a.xlarge", "gcp", "n2-standard-4"],
    ["azure", "Standard_D4as_v5", "aws", "m6i.xlarge"],
  ] as const)("%s %s -> %s %s", (from, size, to, expected) => {
    expect(equivalentSize(from, size, to).name).toBe(expected);
  });

  it("matches every equivalence target to a size of the same vCPU and memory on the other clouds", () => {
    for (const from of PROVIDERS) {
      for (const spec of VM_SIZES[from].filter((s) => s.equivalenceTarget && s.sizeClass !== "compute")) {
        for (const to of PROVIDERS) {
          const match = equivalentSize(from, spec.name, to);
          expect({ size: spec.name, to, vcpu: match.vcpu }).toEqual({ size: spec.name, to, vcpu: spec.vcpu });
        }
      }
    }
  });

  it("returns the size itself on the same provider", () => {
    expect(equivalentSize("aws", "m6i.xlarge", "aws").name).toBe("m6i.xlarge");
  });

  it("maps unknown and unlisted sizes without throwing", () => {
    expect(equivalentSize("azure", "Standard_D64s_v5", "aws").name).toBe("m6i.16xlarge");
    expect(equivalentSize("aws", "m6i.32xlarge", "azure").name).toBe("Standard_D64s_v5"); // largest listed
    expect(equivalentSize("gcp", "complete nonsense", "aws").name).toBe("m6i.xlarge"); // via the GCP default
  });
});

describe("resolveSize", () => {
  it("reads vCPU and memory from each provider's naming scheme", () => {
    expect(resolveSize("aws", "r6i.12xlarge").spec).toMatchObject({ vcpu: 48, memoryGiB: 384 });
    expect(resolveSize("aws", "r6i.12xlarge").spec.hourlyUsd).toBeCloseTo(12 * 0.252, 9);
    expect(resolveSize("gcp", "n2-highmem-64").spec).toMatchObject({ vcpu: 64, memoryGiB: 512 });
    expect(resolveSize("gcp", "n2-custom-6-24576").spec).toMatchObject({ vcpu: 6, memoryGiB: 24 });
    expect(resolveSize("azure", "standard_e64s_v5").spec).toMatchObject({ vcpu: 64, memoryGiB: 512 });
    expect(resolveSize("azure", "standard_d4s_v5")).toMatchObject({ resolution: "listed" });
  });
});

describe("equivalentDeploymentType", () => {
  it.each([
    ["aks", "aws", "eks"], ["aks", "gcp", "gke"], ["gke", "azure", "aks"],
    ["aca", "aws", "fargate"], ["fargate", "gcp", "cloudrun"], ["ecs", "azure", "aca"], ["cloudrun", "aws", "fargate"],
    ["vm", "aws", "ec2"], ["vm", "gcp", "gce"], ["gce", "azure", "vm"],
    ["vmss", "aws", "ec2"], ["vmss", "gcp", "mig"], ["mig", "azure", "vmss"],
    ["ec2", "azure", "vm"], ["ecs", "aws", "ecs"],
  ] as const)("%s on %s is %s", (type, provider, expected) => {
    expect(equivalentDeploymentType(type, provider)).toBe(expected);
  });

  it("maps an autoscaled ec2 group (an Auto Scaling group) to a scale set", () => {
    expect(equivalentDeploymentType("ec2", "azure", { autoscaled: true })).toBe("vmss");
    expect(equivalentDeploymentType("ec2", "gcp", { autoscaled: true })).toBe("mig");
  });
});
