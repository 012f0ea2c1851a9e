import { describe, expect, it } from "vitest";
import { afterFix, findingsWith, healthyDocument, variant } from "./testing/helpers";

const healthy = healthyDocument();

describe("core pack", () => {
  describe("core.deployment-type.provider-mismatch", () => {
    const code = "core.deployment-type.provider-mismatch";
    it("fires for a type the region's provider doesn't offer, and its fix switches to the equivalent", () => {
      const doc = variant(healthy, (d) => void (d.nodeGroups[0]!.deploymentType = "eks"));
      const [finding] = findingsWith(doc, code);
      expect(finding).toMatchObject({ severity: "error", target: { kind: "nodeGroup", id: "val-we" } });
      expect(finding!.message).toContain("uses eks, which Azure doesn't offer");
      const fixed = afterFix(doc, finding!);
      expect(fixed.doc.nodeGroups[0]!.deploymentType).toBe("aks");
      expect(fixed.remaining).toEqual([]);
    });
    it("stays quiet for the provider's own types", () => {
      expect(findingsWith(healthy, code)).toEqual([]);
    });
  });

  describe("core.consensus.unsupported-by-client", () => {
    const code = "core.consensus.unsupported-by-client";
    it("fires for raft on Besu and fixes it to QBFT", () => {
      const doc = variant(healthy, (d) => void (d.network.consensus = "raft"));
      const [finding] = findingsWith(doc, code);
      expect(finding!.message).toBe("Besu doesn't run Raft; it supports qbft, ibft2, clique.");
      expect(afterFix(doc, finding!).doc.network.consensus).toBe("qbft");
      expect(afterFix(doc, finding!).remaining).toEqual([]);
    });
    it("maps IBFT 2.0 to Istanbul on GoQuorum", () => {
      const doc = variant(healthy, (d) => {
        d.network.client = "goquorum";
        d.network.consensus = "ibft2";
      });
      const [finding] = findingsWith(doc, code);
      expect(afterFix(doc, finding!).doc.network.consensus).toBe("istanbul");
    });
    it("stays quiet for a supported pair", () => {
      expect(findingsWith(variant(healthy, (d) => void (d.network.client = "goquorum")), code)).toEqual([]);
    });
  });

  describe("core.region.duplicate", () => {
    const code = "core.region.duplicate";
    it("fires when two document regions are the same cloud region", () => {
      const doc = variant(healthy, (d) => void (d.regions[1]!.region = "westeurope"));
      const findings = findingsWith(doc, code);
      expect(findings).toHaveLength(1);
      expect(findings[0]!.message).toContain("Regions 'westeurope' and 'northeurope' are both Azure westeurope");
    });
    it("stays quiet for distinct regions", () => expect(findingsWith(healthy, code)).toEqual([]));
  });

  describe("region.unknown", () => {
    it("fires for a region the catalog doesn't have", () => {
      const doc = variant(healthy, (d) => void (d.regions[3]!.region = "germanywest9"));
      const [finding] = findingsWith(doc, "region.unknown");
      expect(finding).toMatchObject({ severity: "error", target: { kind: "region", id: "germanywestcentral" } });
      expect(finding!.message).toContain("Azure region 'germanywest9', which is not in the Azure catalog");
      expect(finding!.fix).toBeUndefined(); // nothing within two edits
    });
    it("replaces a misspelt region with the one catalog region that is a close match, keeping the id", () => {
      const doc = variant(healthy, (d) => void (d.regions[3]!.region = "germanywestcentarl"));
      const [finding] = findingsWith(doc, "region.unknown");
      expect(finding!.message).toMatch(/Did you mean 'germanywestcentral'\?$/);
      expect(finding!.fix!.label).toBe("Use Azure germanywestcentral");
      const fixed = afterFix(doc, finding!);
      expect(fixed.remaining).toEqual([]);
      expect(fixed.doc.regions[3]).toEqual(healthy.regions[3]);
      const aws = variant(healthy, (d) => void Object.assign(d.regions[3]!, { provider: "aws", region: "eu_central1" }));
      expect(findingsWith(aws, "region.unknown")[0]!.fix!.label).toBe("Use AWS eu-central-1");
    });
    it("offers no fix when two regions are equally close", () => {
      const doc = variant(healthy, (d) => void (d.regions[3]!.region = "eastus3")); // eastus and eastus2
      const [finding] = findingsWith(doc, "region.unknown");
      expect(finding!.fix).toBeUndefined();
      expect(finding!.message).not.toContain("Did you mean");
    });
    it("stays quiet for catalog regions", () => expect(findingsWith(healthy, "region.unknown")).toEqual([]));
  });

  describe("core.validators.none", () => {
    it("fires without validators", () => {
      const doc = variant(healthy, (d) => void (d.nodeGroups = d.nodeGroups.filter((g) => g.role !== "validator")));
      expect(findingsWith(doc, "core.validators.none")[0]!.message).toContain("QBFT needs at least 4");
      expect(findingsWith(doc, "consensus.validators.below-minimum")).toEqual([]);
    });
    it("stays quiet with validators", () => expect(findingsWith(healthy, "core.validators.none")).toEqual([]));
  });

  describe("core.primary-region.missing", () => {
    const code = "core.primary-region.missing";
    it("fires without a primary and proposes the region with the most validators", () => {
      const doc = variant(healthy, (d) => {
        d.regions[0]!.primary = false;
        d.nodeGroups[2]!.count = 3; // francecentral now holds the most... and too many, which is another rule's business
      });
      const [finding] = findingsWith(doc, code);
      const fixed = afterFix(doc, finding!);
      expect(fixed.doc.regions.find((r) => r.primary)?.id).toBe("francecentral");
      expect(fixed.remaining).toEqual([]);
    });
    it("stays quiet with one primary", () => expect(findingsWith(healthy, code)).toEqual([]));
  });

  describe("core.primary-region.multiple", () => {
    const code = "core.primary-region.multiple";
    it("fires with two primaries and keeps the first", () => {
      const doc = variant(healthy, (d) => void (d.regions[2]!.primary = true));
      const [finding] = findingsWith(doc, code);
      expect(finding!.message).toBe("2 regions are marked primary (westeurope, francecentral); only one can be.");
      const fixed = afterFix(doc, finding!);
      expect(fixed.doc.regions.filter((r) => r.primary).map((r) => r.id)).toEqual(["westeurope"]);
      expect(fixed.remaining).toEqual([]);
    });
    it("stays quiet with one primary", () => expect(findingsWith(healthy, code)).toEqual([]));
  });

  describe("core.vm-size.unknown", () => {
    const code = "core.vm-size.unknown";
    it("fires for a size not in the provider's price list", () => {
      const doc = variant(healthy, (d) => void (d.nodeGroups[0]!.vmSize = "Standard_Q99"));
      expect(findingsWith(doc, code)[0]!.message).toContain("'Standard_Q99', which is not in the Azure price list");
    });
    it("offers the closest size when the name is another provider's", () => {
      const doc = variant(healthy, (d) => void (d.nodeGroups[0]!.vmSize = "m6i.xlarge"));
      const [finding] = findingsWith(doc, code);
      expect(finding!.message).toMatch(/'m6i\.xlarge', which is not one of Azure's sizes; the closest Azure size is Standard_\w+\.$/);
      const fixed = afterFix(doc, finding!);
      expect(fixed.doc.nodeGroups[0]!.vmSize).toMatch(/^Standard_/);
      expect(fixed.remaining).toEqual([]);
    });
    it("stays quiet for listed sizes, and when no price list is available", () => {
      expect(findingsWith(healthy, code)).toEqual([]);
      const doc = variant(healthy, (d) => void (d.nodeGroups[0]!.vmSize = "Standard_Q99"));
      expect(findingsWith(doc, code, { services: { resolveVmSize: undefined } })).toEqual([]);
    });
  });
});
