import { describe, expect, it } from "vitest";
import { group, makeDocument, region } from "../consensus/test-documents";
import { starterDocument } from "../starter";
import { afterFix, findingsWith, healthyDocument, variant } from "./testing/helpers";

const healthy = healthyDocument();
const withoutGroup = (id: string) => variant(healthy, (d) => void (d.nodeGroups = d.nodeGroups.filter((g) => g.id !== id)));

describe("bootnode rules (consensus pack)", () => {
  describe("bootnodes.none", () => {
    const code = "bootnodes.none";
    it("fires without bootnodes and adds them in the two busiest regions", () => {
      const doc = variant(healthy, (d) => void (d.nodeGroups = d.nodeGroups.filter((g) => g.role !== "bootnode")));
      const [finding] = findingsWith(doc, code);
      expect(finding).toMatchObject({ severity: "warning", target: { kind: "document" } });
      const fixed = afterFix(doc, finding!);
      expect(fixed.remaining).toEqual([]);
      expect(fixed.doc.nodeGroups.filter((g) => g.role === "bootnode").map((g) => g.regionId)).toEqual(["westeurope", "northeurope"]);
      expect(findingsWith(fixed.doc, "bootnodes.single-region")).toEqual([]);
    });
    it("stays quiet with bootnodes", () => expect(findingsWith(healthy, code)).toEqual([]));
  });

  describe("bootnodes.single-region", () => {
    const code = "bootnodes.single-region";
    it("fires when every bootnode is in one region of several, and adds one elsewhere", () => {
      const doc = withoutGroup("boot-ne");
      const [finding] = findingsWith(doc, code);
      expect(finding).toMatchObject({ severity: "warning", target: { kind: "region", id: "westeurope" } });
      expect(finding!.message).toBe(
        "Every bootnode is in Azure westeurope: while it is down, nodes in northeurope, francecentral, germanywestcentral can't find peers after a restart. Its own 2 validators have no bootnode outside it.",
      );
      const fixed = afterFix(doc, finding!);
      expect(fixed.remaining).toEqual([]);
      expect(fixed.doc.nodeGroups.at(-1)).toMatchObject({ id: "bootnodes-northeurope", role: "bootnode", regionId: "northeurope", count: 1 });
    });
    it("borrows the VM size of the receiving region when it is on another cloud", () => {
      const az = region("westeurope", "azure", "westeurope", { primary: true });
      const aws = region("euw1", "aws", "eu-west-1");
      const doc = makeDocument({
        regions: [az, aws],
        nodeGroups: [group("v-az", az, "validator", 2), group("v-aws", aws, "validator", 3), group("boot", az, "bootnode", 1)],
        links: [{ id: "l", from: "westeurope", to: "euw1" }],
      });
      const [finding] = findingsWith(doc, code);
      const added = afterFix(doc, finding!).doc.nodeGroups.at(-1)!;
      expect(added).toMatchObject({ regionId: "euw1", deploymentType: "eks", vmSize: "m6i.xlarge" });
    });
    it("stays quiet with bootnodes in two regions, or a one-region design", () => {
      expect(findingsWith(healthy, code)).toEqual([]);
      expect(findingsWith(starterDocument("s"), code)).toEqual([]);
    });
  });
});
