import { describe, expect, it } from "vitest";
import { starterDocument } from "../starter";
import { afterFix, findingsWith, healthyDocument, variant } from "./testing/helpers";
import type { OrgPolicy } from "./types";

const healthy = healthyDocument();
const withPolicy = (policy: OrgPolicy) => ({ policy, services: { priceTopology: () => ({ totalMonthlyUsd: 5_000 }) } });

describe("policy pack", () => {
  describe("policy.provider.not-allowed", () => {
    const code = "policy.provider.not-allowed";
    it("fires for every region on a provider outside the list", () => {
      const findings = findingsWith(healthy, code, withPolicy({ allowedProviders: ["aws", "gcp"] }));
      expect(findings).toHaveLength(4);
      expect(findings[0]!.message).toBe("Region Azure westeurope is on Azure; your organisation allows AWS, Google Cloud.");
    });
    it("moves a region to the nearest allowed provider's region, with equivalent deployment types and sizes", () => {
      const options = withPolicy({ allowedProviders: ["aws"] });
      const [finding] = findingsWith(healthy, code, options);
      expect(finding!.fix!.label).toBe("Move Azure westeurope to AWS eu-west-2 (Europe (London))");
      const fixed = afterFix(healthy, finding!, options);
      expect(fixed.remaining).toEqual([]);
      expect(fixed.doc.regions[0]).toMatchObject({ id: "westeurope", provider: "aws", region: "eu-west-2", cidr: healthy.regions[0]!.cidr });
      const moved = fixed.doc.nodeGroups.filter((g) => g.regionId === "westeurope");
      expect(moved.map((g) => g.id)).toEqual(["val-we", "boot-we", "rpc-we"]);
      expect(moved.map((g) => g.deploymentType)).toEqual(["eks", "eks", "eks"]);
      expect(findingsWith(fixed.doc, "core.deployment-type.provider-mismatch", options)).toEqual([]);
      expect(findingsWith(fixed.doc, "core.vm-size.unknown", options)).toEqual([]);
    });
    it("stays quiet for allowed providers", () => expect(findingsWith(healthy, code, withPolicy({ allowedProviders: ["azure"] }))).toEqual([]));
  });

  describe("policy.region.not-allowed", () => {
    const code = "policy.region.not-allowed";
    const allowed = ["azure:westeurope", "azure:northeurope", "azure:francecentral"];
    it("fires for a region off the list", () => {
      const findings = findingsWith(healthy, code, withPolicy({ allowedRegions: allowed }));
      expect(findings.map((f) => f.target)).toEqual([{ kind: "region", id: "germanywestcentral" }]);
      expect(findings[0]!.message).toContain("(azure:germanywestcentral) is not on your organisation's list");
    });
    it("moves the region to the nearest allowed region the design doesn't use yet", () => {
      const options = withPolicy({ allowedRegions: [...allowed, "azure:swedencentral", "azure:switzerlandnorth"] });
      const [finding] = findingsWith(healthy, code, options);
      expect(finding!.fix!.label).toBe("Move Azure germanywestcentral to switzerlandnorth (Switzerland North)");
      const fixed = afterFix(healthy, finding!, options);
      expect(fixed.remaining).toEqual([]);
      expect(fixed.doc.regions[3]).toMatchObject({ id: "germanywestcentral", region: "switzerlandnorth" });
      expect(fixed.doc.nodeGroups).toEqual(healthy.nodeGroups);
    });
    it("stays quiet when every region is listed", () => {
      expect(findingsWith(healthy, code, withPolicy({ allowedRegions: [...allowed, "Azure:GermanyWestCentral"] }))).toEqual([]);
    });
  });

  describe("policy.budget.exceeded", () => {
    const code = "policy.budget.exceeded";
    it("fires above the ceiling", () => {
      const [finding] = findingsWith(healthy, code, withPolicy({ budgetMonthlyUsd: 4_000 }));
      expect(finding).toMatchObject({ severity: "error", pack: "policy" });
      expect(finding!.message).toBe("Estimated cost $5,000/month exceeds your organisation's ceiling of $4,000/month.");
    });
    it("stays quiet below it", () => expect(findingsWith(healthy, code, withPolicy({ budgetMonthlyUsd: 6_000 }))).toEqual([]));
  });

  describe("policy.tags.missing", () => {
    const code = "policy.tags.missing";
    it("fires for missing or empty required tags", () => {
      const doc = variant(healthy, (d) => void (d.tags = { owner: "  " }));
      const [finding] = findingsWith(doc, code, withPolicy({ requiredTags: ["owner", "cost-center"] }));
      expect(finding!.message).toBe("Missing required tags: owner, cost-center. Your organisation requires them on every design.");
      expect(finding!.fix).toBeUndefined(); // no value to use: an empty tag would only hide the finding
    });
    it("renames tags present under another spelling of the required key", () => {
      const doc = variant(healthy, (d) => void (d.tags = { Owner: "ledger-team", CostCenter: "42", env: "prod" }));
      const options = withPolicy({ requiredTags: ["owner", "cost-center", "env"] });
      const [finding] = findingsWith(doc, code, options);
      expect(finding!.fix!.label).toBe("Rename tags Owner to owner, CostCenter to cost-center");
      const fixed = afterFix(doc, finding!, options);
      expect(fixed.remaining).toEqual([]);
      expect(fixed.doc.tags).toEqual({ owner: "ledger-team", "cost-center": "42", env: "prod" });
      const partly = variant(healthy, (d) => void (d.tags = { Owner: "ledger-team" }));
      expect(findingsWith(partly, code, options)[0]!.fix).toBeUndefined();
    });
    it("stays quiet when every tag has a value", () => {
      const doc = variant(healthy, (d) => void (d.tags = { owner: "ledger-team", "cost-center": "42" }));
      expect(findingsWith(doc, code, withPolicy({ requiredTags: ["owner", "cost-center"] }))).toEqual([]);
    });
  });

  describe("policy.tolerance.not-met", () => {
    const code = "policy.tolerance.not-met";
    it("fires when a required region tolerance is not met", () => {
      const [finding] = findingsWith(starterDocument("s"), code, withPolicy({ requiredTolerance: "region" }));
      expect(finding!.message).toBe(
        "Your organisation requires surviving the loss of any one region, and this design doesn't: losing Azure eastus halts the chain: 0 of 4 validators left, quorum needs 3.",
      );
    });
    it("fires for a provider tolerance on a single-cloud design, with no fix (there is no other cloud to move to)", () => {
      const findings = findingsWith(healthy, code, withPolicy({ requiredTolerance: "provider" }));
      expect(findings).toHaveLength(1);
      expect(findings[0]!.fix).toBeUndefined();
    });
    it("reuses the validator rebalancing fix, which makes the design meet the policy", () => {
      const options = withPolicy({ requiredTolerance: "region" });
      const doc = variant(healthy, (d) => void (d.nodeGroups[0]!.count = 4)); // westeurope holds 4 of 9, quorum 6
      const [finding] = findingsWith(doc, code, options);
      expect(finding!.fix).toEqual(findingsWith(doc, "consensus.region-outage.halts")[0]!.fix);
      expect(afterFix(doc, finding!, options).remaining).toEqual([]);
      expect(findingsWith(starterDocument("s"), code, options)[0]!.fix).toBeUndefined();
    });
    it("fixes several halting regions with one list of patches", () => {
      const options = withPolicy({ requiredTolerance: "region" });
      const doc = variant(healthy, (d) => {
        d.nodeGroups[0]!.count = 5; // westeurope 5, northeurope 5, francecentral 2, germanywestcentral 1: 13, quorum 9, at most 4 each
        d.nodeGroups[1]!.count = 5;
      });
      const [finding] = findingsWith(doc, code, options);
      expect(finding!.message).toContain("losing any of Azure westeurope, Azure northeurope halts the chain");
      expect(finding!.fix!.label).toContain("; ");
      expect(afterFix(doc, finding!, options).remaining).toEqual([]);
    });
    it("stays quiet when the design survives what is required", () => {
      expect(findingsWith(healthy, code, withPolicy({ requiredTolerance: "region" }))).toEqual([]);
      expect(findingsWith(starterDocument("s"), code, withPolicy({ requiredTolerance: "none" }))).toEqual([]);
    });
  });
});
