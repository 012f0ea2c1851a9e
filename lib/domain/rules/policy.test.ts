import { describe, expect, it } from "vitest";
import { starterDocument } from "../starter";
import { findingsWith, healthyDocument, variant } from "./test-helpers";
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
    it("fires for a provider tolerance on a single-cloud design", () => {
      expect(findingsWith(healthy, code, withPolicy({ requiredTolerance: "provider" }))).toHaveLength(1);
    });
    it("stays quiet when the design survives what is required", () => {
      expect(findingsWith(healthy, code, withPolicy({ requiredTolerance: "region" }))).toEqual([]);
      expect(findingsWith(starterDocument("s"), code, withPolicy({ requiredTolerance: "none" }))).toEqual([]);
    });
  });
});
