import { describe, expect, it } from "vitest";
import { starterDocument } from "../starter";
import { afterFix, findingsWith, healthyDocument, variant } from "./testing/helpers";

const soc2 = { packs: ["soc2" as const] };
const healthy = healthyDocument();

describe("soc2 pack", () => {
  it.each([
    ["compliance.soc2.audit-logging", "auditLogging"],
    ["compliance.soc2.monitoring", "monitoring"],
  ] as const)("%s fires when %s is off, and its fix turns it on", (code, field) => {
    const doc = variant(healthy, (d) => void (d.operations[field] = false));
    const [finding] = findingsWith(doc, code, soc2);
    expect(finding).toMatchObject({ severity: "error", pack: "soc2" });
    expect(afterFix(doc, finding!, soc2).remaining).toEqual([]);
    expect(findingsWith(healthy, code, soc2)).toEqual([]);
  });

  describe("compliance.soc2.region-failure", () => {
    const code = "compliance.soc2.region-failure";
    it("fires when a single region's loss halts the chain", () => {
      const [finding] = findingsWith(starterDocument("s"), code, soc2);
      expect(finding!.message).toBe(
        "SOC 2 availability: the network must survive losing any one region, and doesn't. Losing Azure eastus halts the chain: 0 of 4 validators left, quorum needs 3.",
      );
    });
    it("offers the validator rebalancing of consensus.region-outage.halts, which clears it", () => {
      const doc = variant(healthy, (d) => void (d.nodeGroups[0]!.count = 4)); // 9 validators, quorum 6: westeurope holds 4 > 3
      const [finding] = findingsWith(doc, code, soc2);
      expect(finding).toMatchObject({ target: { kind: "region", id: "westeurope" } });
      expect(finding!.fix).toEqual(findingsWith(doc, "consensus.region-outage.halts")[0]!.fix);
      const fixed = afterFix(doc, finding!, soc2);
      expect(fixed.remaining).toEqual([]);
      expect(findingsWith(fixed.doc, code, soc2)).toEqual([]);
      expect(findingsWith(starterDocument("s"), code, soc2)[0]!.fix).toBeUndefined(); // one region: nowhere to move to
    });
    it("stays quiet when every region can go", () => expect(findingsWith(healthy, code, soc2)).toEqual([]));
  });

  describe("compliance.soc2.change-approval", () => {
    const code = "compliance.soc2.change-approval";
    it("fires when the policy lets a production change be exported without approval", () => {
      const [zero] = findingsWith(healthy, code, { ...soc2, policy: { approvalsRequired: 0 } });
      expect(zero).toMatchObject({ severity: "error", pack: "soc2", target: { kind: "document" } });
      expect(zero!.message).toBe(
        "Exports can happen without approval: your organisation's policy sets approvalsRequired to 0, and SOC 2 change management needs at least one approval before a production change is exported.",
      );
      expect(zero!.fix).toBeUndefined(); // the policy isn't part of the document
      const [unset] = findingsWith(healthy, code, { ...soc2, policy: { allowedProviders: ["azure"] } });
      expect(unset!.message).toContain("your organisation's policy doesn't set approvalsRequired");
    });
    it("stays quiet when the policy requires approval, or when no policy is given", () => {
      expect(findingsWith(healthy, code, { ...soc2, policy: { approvalsRequired: 1 } })).toEqual([]);
      expect(findingsWith(healthy, code, soc2)).toEqual([]);
    });
  });

  describe("compliance.soc2.backup-region", () => {
    const code = "compliance.soc2.backup-region";
    const noSecondCopy = variant(healthy, (d) => {
      delete d.operations.backupRegionId;
      d.nodeGroups = d.nodeGroups.filter((g) => g.role !== "archive");
    });

    it("fires with no backup region and no archive outside the primary, and sets a backup region", () => {
      const [finding] = findingsWith(noSecondCopy, code, soc2);
      expect(finding!.message).toBe("No backup region is set and no archive node runs outside Azure westeurope: one regional disaster could lose the chain's history.");
      const fixed = afterFix(noSecondCopy, finding!, soc2);
      expect(fixed.doc.operations.backupRegionId).toBe("northeurope");
      expect(fixed.remaining).toEqual([]);
    });

    it("fires when backups stay in the primary region", () => {
      const doc = variant(noSecondCopy, (d) => void (d.operations.backupRegionId = "westeurope"));
      const [finding] = findingsWith(doc, code, soc2);
      expect(finding!.message).toContain("Backups go to westeurope, the same cloud region as the primary");
      expect(afterFix(doc, finding!, soc2).remaining).toEqual([]);
    });

    it("stays quiet with a backup region elsewhere, or an archive node outside the primary", () => {
      expect(findingsWith(healthy, code, soc2)).toEqual([]);
      const archiveOnly = variant(healthy, (d) => void delete d.operations.backupRegionId);
      expect(findingsWith(archiveOnly, code, soc2)).toEqual([]);
    });
  });
});
