import { describe, expect, it } from "vitest";
import { SUPPORT_ENTRIES, statusSentence } from "../support";
import type { Consensus } from "../schema";
import { afterFix, findingsWith, healthyDocument, variant } from "./testing/helpers";

const healthy = healthyDocument();
const on = (client: "besu" | "goquorum", consensus: Consensus, existing = false) =>
  variant(healthy, (d) => {
    d.network.client = client;
    d.network.consensus = consensus;
    if (existing) d.network.existing = true;
  });
const withPrivateMembers = (existing = false) =>
  variant(healthy, (d) => {
    d.nodeGroups.push({ id: "bank", regionId: "westeurope", role: "member", name: "bank-a", count: 2, deploymentType: "aks", vmSize: "Standard_D2s_v5", memberType: "private", storage: { type: "standard", sizeGB: 256 } });
    if (existing) d.network.existing = true;
  });

describe("support pack", () => {
  const code = "support.unsupported";

  it("stays quiet on Besu QBFT", () => {
    expect(findingsWith(healthy, code)).toEqual([]);
    expect(findingsWith(healthy, "support.superseded")).toEqual([]);
  });

  it.each(["qbft", "istanbul", "raft", "clique"] as const)("refuses a new GoQuorum %s network once, naming since when and the fix", (consensus) => {
    const findings = findingsWith(on("goquorum", consensus), code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ severity: "error", pack: "support", target: { kind: "network", field: "client" } });
    expect(finding!.message).toContain("GoQuorum is no longer maintained (archived on 5 June 2026; last release 24.4.1)");
    expect(finding!.message).toContain("Hyperledger Besu with QBFT");
    const fixed = afterFix(on("goquorum", consensus), finding!);
    expect(fixed.doc.network).toMatchObject({ client: "besu", consensus: "qbft" });
    expect(fixed.remaining).toEqual([]);
  });

  it("warns, without blocking, on an existing GoQuorum network, with the path its consensus takes", () => {
    const qbft = findingsWith(on("goquorum", "qbft", true), code);
    expect(qbft).toHaveLength(1);
    expect(qbft[0]).toMatchObject({ severity: "warning" });
    expect(qbft[0]!.fix).toBeUndefined();
    expect(qbft[0]!.message).toContain("same chain, node by node");
    expect(findingsWith(on("goquorum", "istanbul", true), code)[0]!.message).toContain("first switch to QBFT in GoQuorum");
    expect(findingsWith(on("goquorum", "raft", true), code)[0]!.message).toContain("new Besu QBFT network");
    expect(findingsWith(on("goquorum", "raft", true), code)[0]!.message).toContain("stays on GoQuorum 24.4.1");
  });

  it("refuses new Clique networks on Besu, and keeps existing ones on the last release that produces blocks", () => {
    const [finding] = findingsWith(on("besu", "clique"), code);
    expect(finding).toMatchObject({ severity: "error", target: { kind: "network", field: "consensus" } });
    expect(finding!.message).toContain("Clique on Besu was removed in Besu 26.4.0 (April 2026)");
    expect(afterFix(on("besu", "clique"), finding!).doc.network.consensus).toBe("qbft");
    const [existing] = findingsWith(on("besu", "clique", true), code);
    expect(existing).toMatchObject({ severity: "warning" });
    expect(existing!.message).toContain("Besu 25.12.0");
  });

  it("refuses new Tessera members on Besu per group, and makes them permissioned members as the fix", () => {
    const doc = withPrivateMembers();
    const [finding] = findingsWith(doc, code);
    expect(finding).toMatchObject({ severity: "error", target: { kind: "nodeGroup", id: "bank" } });
    expect(finding!.message).toContain("Tessera privacy on Besu was removed in Besu 25.6.0 (June 2025)");
    expect(finding!.message).toContain("Paladin");
    const fixed = afterFix(doc, finding!);
    expect(fixed.doc.nodeGroups.find((g) => g.id === "bank")).toMatchObject({ memberType: "permissioned" });
    expect(fixed.remaining).toEqual([]);
    expect(findingsWith(withPrivateMembers(true), code)[0]).toMatchObject({ severity: "warning" });
    expect(findingsWith(withPrivateMembers(true), code)[0]!.message).toContain("Besu 25.5.0");
  });

  it("advises QBFT over IBFT 2.0 for new networks only", () => {
    const [finding] = findingsWith(on("besu", "ibft2"), "support.superseded");
    expect(finding).toMatchObject({ severity: "info" });
    expect(afterFix(on("besu", "ibft2"), finding!).doc.network.consensus).toBe("qbft");
    expect(findingsWith(on("besu", "ibft2", true), "support.superseded")).toEqual([]);
    expect(findingsWith(on("besu", "ibft2"), code)).toEqual([]);
  });

  it("reports every entry the data marks removed, and none it marks supported (rules follow the data)", () => {
    for (const entry of SUPPORT_ENTRIES) {
      const f = entry.feature;
      const doc =
        f.kind === "client" ? on(f.client, "qbft")
        : f.kind === "consensus" ? on(f.client, f.consensus)
        : variant(withPrivateMembers(), (d) => void (d.network.client = f.client));
      const messages = findingsWith(doc, code).map((x) => x.message).join("\n");
      if (entry.status === "removed") {
        // GoQuorum's consensus and privacy entries share its one finding.
        const reported = f.client === "goquorum" ? SUPPORT_ENTRIES.find((e) => e.id === "goquorum")! : entry;
        expect(messages, entry.id).toContain(statusSentence(reported));
      } else {
        expect(messages, entry.id).toBe("");
      }
    }
  });
});
