import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { validate } from "../rules";
import { proposeTopology } from "./propose";
import { spreadNotes } from "./spread-notes";
import { quorumNote } from "./tolerance-notes";

describe("quorumNote", () => {
  // Offline (n - q) and Byzantine (f = floor((n-1)/3)) are two separate limits, never a sum.
  it.each([
    [4, 3, "QBFT needs 3 of 4 validators online: it keeps going with up to 1 offline, and stays safe with up to 1 misbehaving (Byzantine)."],
    [6, 4, "QBFT needs 4 of 6 validators online: it keeps going with up to 2 offline, and stays safe with up to 1 misbehaving (Byzantine)."],
    [7, 5, "QBFT needs 5 of 7 validators online: it keeps going with up to 2 offline, and stays safe with up to 2 misbehaving (Byzantine)."],
    [3, 2, "QBFT needs 2 of 3 validators online: it keeps going with up to 1 offline, and can't stay safe with even one misbehaving (Byzantine)."],
    [1, 1, "QBFT needs 1 of 1 validator online: it halts if any one goes offline, and can't stay safe with even one misbehaving (Byzantine)."],
  ])("BFT with %i validators", (n, q, text) => {
    expect(quorumNote("qbft", n, q).message).toBe(text);
  });
});

describe("spreadNotes", () => {
  it("describes the document it is given, not the proposal it came from", () => {
    const proposal = proposeTopology({
      name: "P", client: "besu", consensus: "qbft", tolerance: "region", providers: ["azure"],
      regions: [{ provider: "azure", region: "eastus" }, { provider: "azure", region: "westus2" }, { provider: "azure", region: "centralus" }],
    });
    // 4 + 3 + 0 validators: losing eastus leaves 3 of 7, below the quorum of 5.
    const edited = produce(proposal.document, (doc) => {
      for (const g of doc.nodeGroups.filter((g) => g.role === "validator")) g.count = 0;
      const first = (id: string) => doc.nodeGroups.find((g) => g.role === "validator" && g.regionId === id)!;
      first(doc.regions[0]!.id).count = 4;
      first(doc.regions[1]!.id).count = 3;
    });
    const fd = validate(edited).failureDomains;
    const notes = spreadNotes(edited, fd, "region");
    const text = notes.map((n) => n.message).join("\n");
    expect(fd.validators).toBe(7);
    expect(notes.find((n) => n.code === "validators.spread")!.message).toBe(`7 QBFT validators: ${edited.regions[0]!.id} 4, ${edited.regions[1]!.id} 3, ${edited.regions[2]!.id} 0.`);
    expect(notes.find((n) => n.code === "consensus.quorum")!.message).toMatch(/^QBFT needs 5 of 7 validators online/);
    expect(notes.find((n) => n.code === "tolerance.unmet")!.message).toMatch(/^Losing Azure eastus and Azure westus2 still halts the chain/);
    expect(text).not.toMatch(/Survives losing|does survive/);
  });
});
