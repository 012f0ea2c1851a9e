import { describe, expect, it } from "vitest";
import { region, withValidators } from "../consensus/test-documents";
import { starterDocument } from "../starter";
import { afterFix, findingsWith, healthyDocument, variant } from "./testing/helpers";

const healthy = healthyDocument();
const withoutGroup = (id: string) => variant(healthy, (d) => void (d.nodeGroups = d.nodeGroups.filter((g) => g.id !== id)));

describe("consensus pack", () => {
  describe("consensus.validators.below-minimum", () => {
    const code = "consensus.validators.below-minimum";
    it("fires for 3 QBFT validators and raises the smallest group to reach 4", () => {
      const doc = variant(withoutGroup("val-de"), (d) => {
        d.nodeGroups[0]!.count = 1;
        d.nodeGroups[1]!.count = 1;
        d.nodeGroups[2]!.count = 1;
      });
      const [finding] = findingsWith(doc, code);
      expect(finding).toMatchObject({ severity: "error", target: { kind: "nodeGroup", id: "val-we" } });
      expect(finding!.message).toBe("3 QBFT validators can't tolerate a single faulty validator; QBFT needs at least 4.");
      const fixed = afterFix(doc, finding!);
      expect(fixed.doc.nodeGroups[0]!.count).toBe(2);
      expect(findingsWith(fixed.doc, code)).toEqual([]);
    });
    it("fires for 2 Raft validators but not for 3 Clique signers", () => {
      const two = variant(withoutGroup("val-de"), (d) => {
        d.network.client = "goquorum";
        d.network.consensus = "raft";
        d.nodeGroups = d.nodeGroups.filter((g) => g.id !== "val-fr");
        d.nodeGroups[0]!.count = 1;
        d.nodeGroups[1]!.count = 1;
      });
      expect(findingsWith(two, code)[0]!.message).toContain("needs at least 3");
      const three = variant(withoutGroup("val-de"), (d) => {
        d.network.consensus = "clique";
        d.nodeGroups[0]!.count = 1;
        d.nodeGroups[1]!.count = 1;
        d.nodeGroups[2]!.count = 1;
      });
      expect(findingsWith(three, code)).toEqual([]);
    });
  });

  describe("consensus.validators.no-added-tolerance", () => {
    const code = "consensus.validators.no-added-tolerance";
    it("notes that 6 QBFT validators tolerate no more Byzantine faults than 5", () => {
      const [finding] = findingsWith(withoutGroup("val-de"), code);
      expect(finding).toMatchObject({ severity: "info" });
      expect(finding!.message).toBe("6 QBFT validators tolerate 1 Byzantine fault, as 5 do (2 may be offline); 7 would tolerate 2.");
    });
    it("stays quiet at 3f+1", () => expect(findingsWith(healthy, code)).toEqual([]));
  });

  describe("consensus.region-outage.halts", () => {
    const code = "consensus.region-outage.halts";
    it("fires when one region holds more than n - q validators, and moves the excess out", () => {
      // 3+2+2+1 = 8, quorum 6: no region may hold more than 2.
      const doc = variant(healthy, (d) => void (d.nodeGroups[0]!.count = 3));
      const [finding] = findingsWith(doc, code);
      expect(finding).toMatchObject({ severity: "error", target: { kind: "region", id: "westeurope" } });
      expect(finding!.message).toBe(
        "Losing Azure westeurope halts the chain: 5 of 8 validators left, quorum needs 6. No single region may hold more than 2 of the 8 validators.",
      );
      const fixed = afterFix(doc, finding!);
      expect(fixed.remaining).toEqual([]);
      expect(fixed.doc.nodeGroups.filter((g) => g.role === "validator").map((g) => g.count)).toEqual([2, 2, 2, 2]);
    });

    it("fires when losing a hub cuts the spokes apart, and links spokes to fix it", () => {
      const doc = variant(healthy, (d) => {
        d.network.topology = "hub-spoke";
        d.network.hubRegionId = "germanywestcentral";
        d.nodeGroups = d.nodeGroups.filter((g) => g.id !== "val-de"); // 2+2+2 over the spokes, quorum 4
      });
      const [finding] = findingsWith(doc, code);
      expect(finding!.message).toBe(
        "Losing Azure germanywestcentral halts the chain: 6 of 6 validators left, but at most 2 of them can reach each other; quorum needs 4. Add links so the other regions still reach each other without it.",
      );
      const fixed = afterFix(doc, finding!);
      expect(fixed.doc.links).toHaveLength(1);
      expect(fixed.remaining).toEqual([]);
    });

    it("switches hub-spoke to mesh when one link can't save it", () => {
      const regions = ["westeurope", "northeurope", "francecentral", "swedencentral", "germanywestcentral"].map((id) => region(id, "azure", id));
      const doc = withValidators(regions, [1, 1, 1, 1, 0], { topology: "hub-spoke", hubRegionId: "germanywestcentral" });
      const [finding] = findingsWith(doc, code).filter((f) => f.target.kind === "region" && f.target.id === "germanywestcentral");
      expect(finding!.fix?.patches).toEqual([{ op: "replace", path: ["network", "topology"], value: "mesh" }]);
      expect(afterFix(doc, finding!).remaining).toEqual([]);
    });

    it("is a warning when the whole design is one region", () => {
      const [finding] = findingsWith(starterDocument("s"), code);
      expect(finding).toMatchObject({ severity: "warning" });
      expect(finding!.message).toContain("no region may hold more than 1 of the 4 validators: that takes at least 4 regions");
    });

    it("stays quiet when every region can go", () => expect(findingsWith(healthy, code)).toEqual([]));
  });

  describe("consensus.provider-outage.halts", () => {
    const code = "consensus.provider-outage.halts";
    const az = region("westeurope", "azure", "westeurope", { primary: true });
    const aws = region("euw1", "aws", "eu-west-1");
    const gcp = region("belgium", "gcp", "europe-west1");
    const links = [
      { id: "az-aws", from: "westeurope", to: "euw1" },
      { id: "aws-gcp", from: "euw1", to: "belgium" },
      { id: "gcp-az", from: "belgium", to: "westeurope" },
    ];
    // Azure 3 + AWS 2 + GCP 1 = 6, quorum 4: losing Azure leaves 3.
    const doc = withValidators([az, aws, gcp], [3, 2, 1], {}, links);

    it("warns when a multi-cloud design can't lose a provider, and moves validators to fix it", () => {
      const [finding] = findingsWith(doc, code);
      expect(finding).toMatchObject({ severity: "warning", target: { kind: "region", id: "westeurope" } });
      expect(finding!.message).toBe("Losing Azure halts the chain: 3 of 6 validators left, quorum needs 4. No single cloud may hold more than 2 of the 6 validators.");
      const fixed = afterFix(doc, finding!);
      expect(fixed.remaining).toEqual([]);
      expect(fixed.doc.nodeGroups.filter((g) => g.role === "validator").map((g) => g.count)).toEqual([2, 2, 2]);
    });

    it("is an error when the org policy requires surviving a provider outage, even on one cloud", () => {
      expect(findingsWith(doc, code, { policy: { requiredTolerance: "provider" } })[0]).toMatchObject({ severity: "error" });
      const [single] = findingsWith(healthy, code, { policy: { requiredTolerance: "provider" } });
      expect(single!.message).toBe("Every validator runs on Azure: losing it halts the chain. Your organisation's policy requires surviving a provider outage.");
    });

    it("stays quiet for single-cloud designs without such a policy, and for spread ones", () => {
      expect(findingsWith(healthy, code)).toEqual([]);
      expect(findingsWith(withValidators([az, aws, gcp], [2, 2, 2], {}, links), code)).toEqual([]);
    });
  });

  describe("consensus.link-outage.halts", () => {
    const code = "consensus.link-outage.halts";
    const we = region("westeurope", "azure", "westeurope", { primary: true });
    const ne = region("northeurope", "azure", "northeurope");
    const aws = region("euw1", "aws", "eu-west-1");
    const aws2 = region("euc1", "aws", "eu-central-1");
    // Azure 2+1, AWS 2+1 = 6, quorum 4: each side alone has 3.
    const doc = withValidators([we, ne, aws, aws2], [2, 1, 2, 1], {}, [{ id: "only", from: "westeurope", to: "euw1" }]);

    it("warns about a link that is the only path, and adds a second VPN between other regions", () => {
      const [finding] = findingsWith(doc, code);
      expect(finding).toMatchObject({ severity: "warning", target: { kind: "link", id: "only" } });
      expect(finding!.message).toContain("Losing link 'only' (westeurope - euw1) halts the chain: 6 of 6 validators left, but at most 3 of them can reach each other");
      const fixed = afterFix(doc, finding!);
      // A second link between westeurope and euw1 would share the first one's gateways: one VPN, no second path.
      expect(fixed.doc.links[1]).toEqual({ id: "northeurope-euc1", from: "northeurope", to: "euc1", kind: "vpn" });
      expect(fixed.remaining).toEqual([]);
    });

    it("stays quiet with two paths", () => {
      const twoPaths = withValidators([we, ne, aws, aws2], [2, 1, 2, 1], {}, [
        { id: "a", from: "westeurope", to: "euw1" },
        { id: "b", from: "northeurope", to: "euc1" },
      ]);
      expect(findingsWith(twoPaths, code)).toEqual([]);
    });
  });
});

describe("outage advice when there are too few places to spread validators", () => {
  it("says a third cloud is needed when two clouds can never survive losing one", () => {
    const az = region("westeurope", "azure", "westeurope");
    const aws = region("euw1", "aws", "eu-west-1");
    const doc = withValidators([az, aws], [2, 2], {}, [{ id: "l", from: "westeurope", to: "euw1" }]);
    const messages = findingsWith(doc, "consensus.provider-outage.halts").map((f) => f.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).toContain("No single cloud may hold more than 1 of the 4 validators. That takes 4 clouds, more than there are: run 6 validators instead, 2 on each of three clouds.");
  });

  it("says another cloud is needed when the count would fit three", () => {
    const az = region("westeurope", "azure", "westeurope");
    const aws = region("euw1", "aws", "eu-west-1");
    const doc = withValidators([az, aws], [3, 3], {}, [{ id: "l", from: "westeurope", to: "euw1" }]);
    const [finding] = findingsWith(doc, "consensus.provider-outage.halts");
    expect(finding!.message).toContain("No single cloud may hold more than 2 of the 6 validators. That takes at least 3 clouds and this design has 2: add another.");
  });
});

describe("outages of a design whose clouds are not linked yet", () => {
  const az = region("eastus", "azure", "eastus");
  const az2 = region("westus2", "azure", "westus2");
  const aws = region("use1", "aws", "us-east-1");
  it("still answers the outage question beside the unreachable error", () => {
    const doc = withValidators([az, az2, aws], [2, 1, 2]);
    expect(findingsWith(doc, "network.validators.unreachable")).toHaveLength(1);
    const cloud = findingsWith(doc, "consensus.provider-outage.halts").map((f) => f.message);
    expect(cloud).toEqual([
      "Even once every cloud is linked, losing Azure halts the chain: 2 of 5 validators left, quorum needs 4. No single cloud may hold more than 1 of the 5 validators. That takes 5 clouds, more than there are: run 6 validators instead, 2 on each of three clouds.",
      "Even once every cloud is linked, losing AWS halts the chain: 3 of 5 validators left, quorum needs 4. No single cloud may hold more than 1 of the 5 validators. That takes 5 clouds, more than there are: run 6 validators instead, 2 on each of three clouds.",
    ]);
    const regions = findingsWith(doc, "consensus.region-outage.halts").map((f) => f.message);
    expect(regions.every((m) => m.startsWith("Even once every cloud is linked, losing "))).toBe(true);
    expect(regions).toHaveLength(2); // eastus and us-east-1 hold 2 each; westus2's 1 can go
  });
  it("says nothing more when linking alone makes it survive", () => {
    const gcp = region("be", "gcp", "europe-west1");
    const doc = withValidators([az, aws, gcp], [2, 2, 2]);
    expect(findingsWith(doc, "network.validators.unreachable")).toHaveLength(2);
    expect(findingsWith(doc, "consensus.region-outage.halts")).toEqual([]);
    expect(findingsWith(doc, "consensus.provider-outage.halts")).toEqual([]);
  });
});
