import { describe, expect, it } from "vitest";
import { requireRegion } from "../catalog";
import { isHipaaEligible } from "../catalog/compliance-facts";
import { afterFix, findingsWith, healthyDocument, healthyUsDocument, variant } from "./testing/helpers";

const hipaa = { packs: ["hipaa" as const] };
const healthy = healthyDocument();
const healthyUs = healthyUsDocument();

describe("hipaa pack", () => {
  describe("compliance.hipaa.region", () => {
    const code = "compliance.hipaa.region";
    it("fires for a China region that holds nodes, and moves it to the nearest eligible region of the provider", () => {
      const doc = variant(healthyUs, (d) => void (d.regions[3]!.region = "chinaeast2"));
      const [finding] = findingsWith(doc, code, hipaa);
      expect(finding).toMatchObject({ severity: "error", target: { kind: "region", id: "southcentralus" } });
      expect(finding!.message).toBe(
        "Region 'southcentralus' (Azure chinaeast2) is China East 2, in the Azure china cloud, which the provider's HIPAA Business Associate Agreement doesn't cover.",
      );
      const fixed = afterFix(doc, finding!, hipaa);
      expect(fixed.remaining).toEqual([]);
      const moved = fixed.doc.regions[3]!;
      expect(moved).toMatchObject({ id: "southcentralus", provider: "azure", cidr: doc.regions[3]!.cidr });
      expect(isHipaaEligible(requireRegion({ provider: "azure", id: moved.region }))).toBe(true);
      expect(doc.regions.map((r) => r.region)).not.toContain(moved.region); // a cloud region not used yet
      expect(fixed.doc.nodeGroups).toEqual(doc.nodeGroups);
    });
    it("fires for regions outside the US, and moves them to the nearest US region", () => {
      const findings = findingsWith(healthy, code, hipaa);
      expect(findings.map((f) => f.target)).toEqual(healthy.regions.map((r) => ({ kind: "region", id: r.id })));
      expect(findings[0]!.message).toBe(
        "Region Azure westeurope is West Europe, outside the United States; Meridian treats only US regions (commercial and gov) as covered by the provider's HIPAA Business Associate Agreement unless the catalog says otherwise.",
      );
      const fixed = afterFix(healthy, findings[0]!, hipaa);
      expect(fixed.remaining).toEqual([]);
      expect(fixed.doc.regions[0]).toMatchObject({ id: "westeurope", region: expect.stringMatching(/^eastus2?$/) });
      expect(findings[0]!.fix!.label).toMatch(/^Move Azure westeurope to eastus2? \(East US( 2)?\)$/);
    });
    it("stays quiet for US commercial, gov and DoD regions, and for empty regions", () => {
      expect(findingsWith(healthyUs, code, hipaa)).toEqual([]);
      const gov = variant(healthyUs, (d) => void (d.regions[3]!.region = "usgovvirginia"));
      expect(findingsWith(gov, code, hipaa)).toEqual([]);
      const dod = variant(healthyUs, (d) => void (d.regions[3]!.region = "usdodeast"));
      expect(findingsWith(dod, code, hipaa)).toEqual([]);
      const emptyChina = variant(healthyUs, (d) => {
        d.regions.push({ id: "cn", provider: "azure", region: "chinaeast2", primary: false, cidr: "10.30.0.0/16", subnetPrefix: 24 });
      });
      expect(findingsWith(emptyChina, code, hipaa)).toEqual([]);
    });
  });

  describe("compliance.hipaa.encryption-at-rest", () => {
    const code = "compliance.hipaa.encryption-at-rest";
    it("fires when encryption at rest is off, and turns it on", () => {
      const doc = variant(healthy, (d) => void (d.operations.encryptionAtRest = false));
      const [finding] = findingsWith(doc, code, hipaa);
      expect(finding!.message).toContain("Encryption at rest is off");
      expect(afterFix(doc, finding!, hipaa).remaining).toEqual([]);
    });
    it("stays quiet when on", () => expect(findingsWith(healthy, code, hipaa)).toEqual([]));
  });

  describe("compliance.hipaa.public-rpc-unauthenticated", () => {
    const code = "compliance.hipaa.public-rpc-unauthenticated";
    const publicRpc = (authenticated: boolean) => variant(healthy, (d) => {
      const rpc = d.nodeGroups[6]!;
      if (rpc.role !== "rpc") throw new Error("fixture changed");
      rpc.exposure = "public";
      rpc.authenticated = authenticated;
    });
    it("fires for a public RPC group without authentication, and requires it", () => {
      const doc = publicRpc(false);
      const [finding] = findingsWith(doc, code, hipaa);
      expect(finding).toMatchObject({ target: { kind: "nodeGroup", id: "rpc-we" } });
      expect(finding!.message).toBe("RPC group 'rpc-we' (api) is public and unauthenticated: anyone on the internet can read the chain through it.");
      expect(afterFix(doc, finding!, hipaa).remaining).toEqual([]);
    });
    it("stays quiet for authenticated public RPC", () => expect(findingsWith(publicRpc(true), code, hipaa)).toEqual([]));
  });
});
