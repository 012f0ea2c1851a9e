import { describe, expect, it } from "vitest";
import { afterFix, findingsWith, healthyDocument, variant } from "./test-helpers";

const hipaa = { packs: ["hipaa" as const] };
const healthy = healthyDocument();

describe("hipaa pack", () => {
  describe("compliance.hipaa.region", () => {
    const code = "compliance.hipaa.region";
    it("fires for a region outside the provider's BAA that holds nodes", () => {
      const doc = variant(healthy, (d) => void (d.regions[3]!.region = "chinaeast2"));
      const [finding] = findingsWith(doc, code, hipaa);
      expect(finding).toMatchObject({ severity: "error", target: { kind: "region", id: "germanywestcentral" } });
      expect(finding!.message).toBe(
        "Region 'germanywestcentral' (Azure chinaeast2) is China East 2, in the Azure china cloud, which the provider's HIPAA Business Associate Agreement doesn't cover.",
      );
    });
    it("stays quiet for commercial and gov regions, and for empty regions", () => {
      expect(findingsWith(healthy, code, hipaa)).toEqual([]);
      const gov = variant(healthy, (d) => void (d.regions[3]!.region = "usgovvirginia"));
      expect(findingsWith(gov, code, hipaa)).toEqual([]);
      const emptyChina = variant(healthy, (d) => {
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
